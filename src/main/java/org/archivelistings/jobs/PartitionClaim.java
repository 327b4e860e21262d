package org.archivelistings.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.step.StepExecution;

/**
 * Who is running a read partition, as PostgreSQL knows it: a worker holds a session-level advisory lock
 * on the partition (run and partition number) for as long as it runs it, on a connection of its own. The
 * lock goes when the worker's session goes, however the worker ends (SIGKILL, power loss: the server
 * drops the dead session), so it tells a live runner from a dead one without any timing guess.
 */
final class PartitionClaim implements AutoCloseable {
    private final Connection connection;
    private final long key;

    private PartitionClaim(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * The lock key of a partition: the run id (milliseconds) and the partition number (below 1000);
     * negative for a documents range, so that range 3 and read partition 3 of a run are not one lock.
     */
    static long key(StepExecution execution) {
        long run = execution.getJobExecution().getJobParameters().getLong(JobRunner.P_RUN);
        long key = run * 1000 + ReadPartitioner.index(execution);
        return execution.getStepName().startsWith(RangeMergeStep.NAME + ":") ? -key : key;
    }

    /** Waits until nobody else runs the partition, then holds it until {@link #close()}. */
    static PartitionClaim await(DataSource locks, StepExecution execution) throws SQLException {
        Connection c = locks.getConnection();
        try {
            c.setAutoCommit(true);
            long key = key(execution);
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                s.setLong(1, key);
                s.execute();
            }
            return new PartitionClaim(c, key);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Whether some live session runs the partition now (for a restart deciding what is stale). */
    static boolean isHeld(DataSource locks, StepExecution execution) throws SQLException {
        try (Connection c = locks.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            c.setAutoCommit(true);
            long key = key(execution);
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return true;
                }
            }
            try (PreparedStatement u = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                u.setLong(1, key);
                u.execute();
            }
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, key);
            s.execute();
        } finally {
            connection.close();
        }
    }
}
