package org.archivelistings.jobs;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/** Seconds per step of one execution, as the job repository and {@link StepClock} recorded them. */
public final class StepFigures {
    private final JobExecution e;

    StepFigures(JobExecution execution) {
        this.e = execution;
    }

    /** Wall seconds of each step of an execution, in step order (for the benchmark). */
    public Map<String, Double> wallSeconds() {
        Map<String, Double> steps = new LinkedHashMap<>();
        if (e != null) {
            e.getStepExecutions().stream()
                    .sorted(Comparator.comparing(s -> s.getId()))
                    .forEach(s -> steps.put(s.getStepName(), s.getStartTime() == null || s.getEndTime() == null ? 0.0
                            : Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0));
        }
        return steps;
    }

    /**
     * CPU seconds of each step of an execution, the read partitions together as {@code read} (they run
     * at once, so the process's CPU time over their span is theirs), for the benchmark.
     */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> steps = new LinkedHashMap<>();
        if (e == null) {
            return steps;
        }
        long readStart = Long.MAX_VALUE;
        long readEnd = 0;
        for (var s : e.getStepExecutions().stream().sorted(Comparator.comparing(s -> s.getId())).toList()) {
            long start = s.getExecutionContext().getLong(StepClock.CPU_START, 0L);
            long end = s.getExecutionContext().getLong(StepClock.CPU_END, 0L);
            if (s.getStepName().startsWith(ListingsJob.READ_STEP + "-")) {
                readStart = Math.min(readStart, start);
                readEnd = Math.max(readEnd, end);
                steps.put(ListingsJob.READ_STEP, (readEnd - readStart) / 1e9);
            } else {
                steps.put(s.getStepName(), (end - start) / 1e9);
            }
        }
        return steps;
    }
}
