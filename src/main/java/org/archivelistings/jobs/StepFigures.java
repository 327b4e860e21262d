package org.archivelistings.jobs;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Seconds per step of one execution, as the job repository and {@link StepClock} recorded them. The read
 * partitions are inside the {@code read} step (which spans them), so they are left out.
 */
public final class StepFigures {
    private final JobExecution e;

    StepFigures(JobExecution execution) {
        this.e = execution;
    }

    /** Wall seconds of each step of an execution, in step order (for the benchmark). */
    public Map<String, Double> wallSeconds() {
        Map<String, Double> steps = new LinkedHashMap<>();
        for (StepExecution s : steps()) {
            steps.put(s.getStepName(), s.getStartTime() == null || s.getEndTime() == null ? 0.0
                    : Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
        }
        return steps;
    }

    /** CPU seconds of this process (every thread) while each step ran; a remote read's workers are not in it. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> steps = new LinkedHashMap<>();
        for (StepExecution s : steps()) {
            long start = s.getExecutionContext().getLong(StepClock.CPU_START, 0L);
            long end = s.getExecutionContext().getLong(StepClock.CPU_END, 0L);
            steps.put(s.getStepName(), (end - start) / 1e9);
        }
        return steps;
    }

    private List<StepExecution> steps() {
        if (e == null) {
            return List.of();
        }
        return e.getStepExecutions().stream()
                .filter(s -> !ListingsJob.isPartition(s.getStepName()))
                .sorted(Comparator.comparing(StepExecution::getId))
                .toList();
    }
}
