package org.archivelistings.jobs;

import java.lang.management.ManagementFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Notes the process's CPU time (every thread, the engine's native ones too) when each step starts and
 * ends, in the step's context, so the benchmark can tell CPU seconds per step beside wall seconds.
 */
final class StepClock implements StepExecutionListener {
    static final String CPU_START = "clock.cpu.start";
    static final String CPU_END = "clock.cpu.end";

    @Override
    public void beforeStep(StepExecution step) {
        step.getExecutionContext().putLong(CPU_START, cpuNanos());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        step.getExecutionContext().putLong(CPU_END, cpuNanos());
        return null;
    }

    static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
