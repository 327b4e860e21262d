package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/** What a partition carries to whoever runs it: its context, and the request on the wire. */
class PartitionRequestsTest {
    @Test
    void partitionsKeepThePlansOrderAndAreKnownByTheNumberInTheirName() {
        Map<String, ExecutionContext> contexts = new ReadPartitioner(3).partition(99);
        assertThat(contexts.keySet()).containsExactly("p000", "p001", "p002");
        // the files come from the saved plan: the repository rewrites the context at every commit
        assertThat(contexts.values()).allMatch(ExecutionContext::isEmpty);
        assertThat(ListingsJob.partitionStep(1)).isEqualTo("read-partition:p001");
        // a restart after a kill between a partition's creation and its context's save: the name says it
        var execution = new org.springframework.batch.core.step.StepExecution("read-partition:p007",
                new org.springframework.batch.core.job.JobExecution(1L,
                        new org.springframework.batch.core.job.JobInstance(1L, "j"),
                        new org.springframework.batch.core.job.parameters.JobParameters()));
        assertThat(ReadPartitioner.index(execution)).isEqualTo(7);
        assertThat(ListingsJob.isPartition("read-partition:p001")).isTrue();
        assertThat(ListingsJob.isPartition(ListingsJob.READ_STEP)).isFalse();
    }

    @Test
    void aRequestTravelsAsPlainText() {
        PartitionRequestConverter converter = new PartitionRequestConverter();
        Message message = converter.toMessage(new StepExecutionRequest("read-partition", 42L), new MessageProperties());
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo("read-partition\t42");
        StepExecutionRequest back = (StepExecutionRequest) converter.fromMessage(message);
        assertThat(back.getStepName()).isEqualTo("read-partition");
        assertThat(back.getStepExecutionId()).isEqualTo(42L);
    }

    @Test
    void somethingElseOnTheQueueIsRefused() {
        PartitionRequestConverter converter = new PartitionRequestConverter();
        Message junk = new Message("hello".getBytes(StandardCharsets.UTF_8), new MessageProperties());
        assertThatThrownBy(() -> converter.fromMessage(junk)).isInstanceOf(MessageConversionException.class)
                .hasMessageContaining("hello");
    }

    @Test
    void brokerUrlsAreShownWithoutTheirPassword() {
        assertThat(Broker.shown("amqp://listings:s3cret@rabbitmq:5672/prod"))
                .isEqualTo("amqp://listings:***@rabbitmq:5672/prod");
        assertThat(Broker.shown("amqp://rabbitmq:5672")).isEqualTo("amqp://rabbitmq:5672");
    }
}
