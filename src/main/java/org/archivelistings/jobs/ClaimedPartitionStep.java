package org.archivelistings.jobs;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A worker's partition (of the read, or a documents range), run only by the worker that holds its claim. A request can reach a worker
 * more than once: the broker gives a dead worker's unacknowledged request to another one (the partition
 * then resumes from its last commit), and after a broker restart a request may come again while its
 * first worker still runs it. So the worker first waits for the partition's {@link PartitionClaim}, then
 * reads the partition's state afresh and runs it only when it is still to be done: a partition that
 * completed, failed or belongs to a job execution that is over is left alone.
 */
final class ClaimedPartitionStep implements Step {
    private static final Logger log = LoggerFactory.getLogger(ClaimedPartitionStep.class);

    private final Step partition;
    private final JobRepository repository;
    private final DataSource locks;

    ClaimedPartitionStep(Step partition, JobRepository repository, DataSource locks) {
        this.partition = partition;
        this.repository = repository;
        this.locks = locks;
    }

    @Override
    public String getName() {
        return partition.getName();
    }

    @Override
    public void execute(StepExecution requested) throws JobInterruptedException {
        try (PartitionClaim claim = PartitionClaim.await(locks, requested)) {
            StepExecution current = repository.getStepExecution(requested.getId());
            if (current == null) {
                log.warn("{} (step execution {}) is no longer in the job repository: skipped", requested.getStepName(),
                        requested.getId());
                return;
            }
            BatchStatus status = current.getStatus();
            boolean todo = status == BatchStatus.STARTING || status == BatchStatus.STARTED;
            if (!todo || !current.getJobExecution().isRunning()) {
                log.info("{} (step execution {}) is {} and its job execution {}: nothing to do",
                        current.getStepName(), current.getId(), status, current.getJobExecution().getStatus());
                return;
            }
            if (status == BatchStatus.STARTED) {
                log.warn("{} (step execution {}) was left STARTED by a worker that is gone: resuming it from its last"
                        + " commit", current.getStepName(), current.getId());
            }
            log.info("running {} (step execution {}) of job execution {}", current.getStepName(), current.getId(),
                    current.getJobExecutionId());
            partition.execute(current);
            log.info("{} (step execution {}) ended {}{}", current.getStepName(), current.getId(), current.getStatus(),
                    current.getStepName().startsWith(PartitionReadStep.NAME) ? ": " + current.getReadCount()
                            + " records read" : "");
        } catch (SQLException e) {
            // Without the repository the worker can record nothing: the manager's timeout fails the run and
            // restart gives the partition out again.
            throw new IllegalStateException("cannot claim " + requested.getStepName() + " in the job repository: "
                    + e.getMessage(), e);
        }
    }
}
