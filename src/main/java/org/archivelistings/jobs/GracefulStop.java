package org.archivelistings.jobs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Turns SIGTERM (a scheduler stopping the job, Ctrl-C, a pod being evicted) into a clean stop: the job
 * is asked to stop, finishes the chunk it is in, commits it, and is marked STOPPED, and only then may
 * the JVM exit (with a non-zero code); {@code restart} then finishes it. Spring Batch's own shutdown hook
 * only asks the job to stop and lets the JVM exit at once, which leaves the execution STARTED.
 */
final class GracefulStop implements JobExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final long WAIT_SECONDS = 120;

    private final JobOperator operator;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Thread hook;

    GracefulStop(JobOperator operator) {
        this.operator = operator;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        hook = new Thread(() -> stop(execution), "graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void afterJob(JobExecution execution) {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and waits for us.
        }
    }

    private void stop(JobExecution execution) {
        log.warn("stop requested (signal): finishing the current chunk of execution {}, then stopping", execution.getId());
        try {
            operator.stop(execution);
            if (finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("execution {} stopped at a chunk boundary; resume it with: restart {}", execution.getId(),
                        execution.getJobInstance().getJobName());
            } else {
                log.error("execution {} did not stop within {} s; restart will recover it", execution.getId(), WAIT_SECONDS);
            }
        } catch (Exception e) {
            log.error("could not stop execution {}: {}", execution.getId(), e.getMessage());
        }
    }
}
