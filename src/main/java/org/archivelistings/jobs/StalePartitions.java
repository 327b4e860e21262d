package org.archivelistings.jobs;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before a remote run is restarted: the partitions its repository still shows running (their worker
 * died, or the manager gave up waiting) are either really running on some worker, which holds their
 * {@link PartitionClaim}, or stale. Only when all are stale may the run be recovered and restarted.
 */
final class StalePartitions {
    private StalePartitions() {}

    /** A reason not to restart yet, or empty when no partition of {@code last} is running anywhere. */
    static Optional<String> stillRunning(DataSource locks, JobExecution last) {
        try {
            for (StepExecution step : last.getStepExecutions()) {
                if (ListingsJob.isPartition(step.getStepName()) && step.getStatus().isRunning()
                        && PartitionClaim.isHeld(locks, step)) {
                    return Optional.of(step.getStepName() + " of execution " + last.getId()
                            + " is still running on a worker; restart when it has finished");
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("cannot check which partitions still run: " + JobRunner.rootMessage(e));
        }
    }

    /** Whether {@code last} has partitions the repository shows running. */
    static boolean any(JobExecution last) {
        return last.getStepExecutions().stream()
                .anyMatch(s -> ListingsJob.isPartition(s.getStepName()) && s.getStatus().isRunning());
    }
}
