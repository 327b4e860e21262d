package org.archivelistings.jobs;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Wall and CPU seconds of each step of an execution, for the benchmark. The read partitions are inside
 * the {@code read} step (which spans them), so they are left out.
 */
final class StepFigures {
    private StepFigures() {}

    static Map<String, Double> wallSeconds(JobRepository repository, long executionId) {
        Map<String, Double> steps = new LinkedHashMap<>();
        JobExecution e = repository.getJobExecution(executionId);
        if (e != null) {
            for (StepExecution s : steps(e)) {
                steps.put(s.getStepName(), s.getStartTime() == null || s.getEndTime() == null ? 0.0
                        : Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
            }
        }
        return steps;
    }

    /** CPU seconds of this process (every thread) while each step ran; a remote read's workers are not in it. */
    static Map<String, Double> cpuSeconds(JobRepository repository, long executionId) {
        Map<String, Double> steps = new LinkedHashMap<>();
        JobExecution e = repository.getJobExecution(executionId);
        if (e != null) {
            for (StepExecution s : steps(e)) {
                long start = s.getExecutionContext().getLong(StepClock.CPU_START, 0L);
                long end = s.getExecutionContext().getLong(StepClock.CPU_END, 0L);
                steps.put(s.getStepName(), (end - start) / 1e9);
            }
        }
        return steps;
    }

    private static Iterable<StepExecution> steps(JobExecution e) {
        return e.getStepExecutions().stream()
                .filter(s -> !ListingsJob.isPartition(s.getStepName()))
                .sorted(Comparator.comparing(StepExecution::getId))
                .toList();
    }
}
