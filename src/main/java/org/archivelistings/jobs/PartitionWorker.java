package org.archivelistings.jobs;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker process: takes partitions (of the read, and ranges of the documents merge) off the broker,
 * one at a time per consumer, and runs them against the shared job repository and the shared output
 * folder; the manager sees them finish in the
 * repository. A request is acknowledged only when its partition has run, so the broker hands a dead
 * worker's partition to another worker, which resumes it from its last commit. {@link #close()} (SIGTERM)
 * takes no new partition and lets the running ones finish.
 */
public final class PartitionWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final HikariDataSource dataSource;
    private final AnnotationConfigApplicationContext context;
    private final CachingConnectionFactory broker;
    private final SimpleMessageListenerContainer listener;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PartitionWorker(HikariDataSource dataSource, String jdbcUrl, String user, String password,
            CachingConnectionFactory broker, int consumers) {
        this.dataSource = dataSource;
        this.broker = broker;
        context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(BatchInfrastructure.class, IntegrationInfrastructure.class);
        context.refresh();
        JobRepository repository = context.getBean(JobRepository.class);
        PlatformTransactionManager tx = context.getBean(PlatformTransactionManager.class);
        // Claims hold a connection each for a whole partition: their own, outside the pool.
        DataSource locks = new DriverManagerDataSource(jdbcUrl, user, password);
        Step partition = new ClaimedPartitionStep(
                new PartitionReadStep(repository, tx, DateNormalizer.standard(), Names.standard(), null), repository,
                locks);
        Step range = new ClaimedPartitionStep(new RangeMergeStep(repository, tx, EngineSettings.fromSystem()),
                repository, locks);
        DirectChannel requests = new DirectChannel();
        // The builder wires requests → StepExecutionRequestHandler → the step the locator gives, which is
        // built per partition (PartitionReadStep, RangeMergeStep); the tasklet step it returns is never run.
        new RemotePartitioningWorkerStepBuilder(PartitionReadStep.NAME, repository)
                .inputChannel(requests)
                .stepLocator(name -> RangeMergeStep.NAME.equals(name) ? range : partition)
                .beanFactory(context)
                .tasklet((contribution, chunk) -> RepeatStatus.FINISHED, tx)
                .build();
        listener = new SimpleMessageListenerContainer(broker);
        listener.setQueueNames(Broker.QUEUE);
        listener.setConcurrentConsumers(consumers);
        listener.setPrefetchCount(1); // a request waits in the queue, not behind a busy worker
        listener.setAcknowledgeMode(AcknowledgeMode.AUTO); // acknowledged when the partition has run
        listener.setDefaultRequeueRejected(true);
        listener.setShutdownTimeout(Duration.ofDays(1).toMillis()); // a stop waits for the running partitions
        IntegrationFlowContext flows = context.getBean(IntegrationFlowContext.class);
        flows.registration(IntegrationFlow.from(Amqp.inboundAdapter(listener)
                        .messageConverter(new PartitionRequestConverter()))
                .channel(requests)
                .get()).register();
        flows.getRegistry().values().forEach(r -> r.start());
        log.info("worker ready: {} consumer(s) on queue {} at {}", consumers, Broker.QUEUE, broker.getHost() + ":"
                + broker.getPort());
    }

    /**
     * Starts a worker on the job repository at {@code jdbcUrl} (PostgreSQL, shared with the manager) and
     * the broker at {@code brokerUrl}, running up to {@code consumers} partitions at once.
     *
     * @throws IllegalStateException with a one-line reason when the repository or the broker cannot be used
     */
    public static PartitionWorker start(String jdbcUrl, String user, String password, String brokerUrl, int consumers) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("a worker needs the job repository it shares with the manager, on"
                    + " PostgreSQL: pass --repository jdbc:postgresql://HOST:5432/DB or set ARCHIVE_LISTINGS_REPOSITORY");
        }
        HikariDataSource dataSource;
        try {
            dataSource = BatchInfrastructure.dataSource(jdbcUrl, user, password);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot reach the job repository at " + jdbcUrl.replaceFirst("\\?.*", "")
                    + ": " + JobRunner.rootMessage(e));
        }
        CachingConnectionFactory broker;
        try {
            broker = Broker.connect(brokerUrl);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new PartitionWorker(dataSource, jdbcUrl, user, password, broker, Math.max(1, consumers));
    }

    /** Blocks until {@link #close()}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        log.info("worker stopping: no new partitions; waiting for the running ones to finish");
        listener.stop();
        context.close();
        broker.destroy();
        dataSource.close();
        log.info("worker stopped");
        stopped.countDown();
    }
}
