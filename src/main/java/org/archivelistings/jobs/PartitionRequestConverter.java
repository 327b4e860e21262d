package org.archivelistings.jobs;

import java.nio.charset.StandardCharsets;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request on the wire: {@code STEP-NAME TAB STEP-EXECUTION-ID} as UTF-8 text. Plain text
 * rather than Java serialization, so that a worker never deserializes objects from the broker, and a
 * person can read a queued request in the broker's console.
 */
final class PartitionRequestConverter implements MessageConverter {
    @Override
    public Message toMessage(Object object, MessageProperties properties) {
        if (!(object instanceof StepExecutionRequest request)) {
            throw new MessageConversionException("not a partition request: " + object);
        }
        properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        String text = request.getStepName() + "\t" + request.getStepExecutionId();
        return new Message(text.getBytes(StandardCharsets.UTF_8), properties);
    }

    @Override
    public Object fromMessage(Message message) {
        String text = new String(message.getBody(), StandardCharsets.UTF_8);
        int tab = text.indexOf('\t');
        try {
            return new StepExecutionRequest(text.substring(0, tab), Long.parseLong(text.substring(tab + 1).trim()));
        } catch (RuntimeException e) {
            throw new MessageConversionException("not a partition request: '" + text + "'", e);
        }
    }
}
