package org.archivelistings.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class ProgressReporterTest {
    private final JobExecution job = new JobExecution(1, new JobInstance(1, "listings"), new JobParameters());

    private StepExecution partition(long id, long read) {
        StepExecution step = new StepExecution(id, "read-partition:p" + id, job);
        step.setReadCount(read);
        return step;
    }

    @Test
    void recordsOfFinishedPartitionsStillCount() {
        ProgressReporter progress = new ProgressReporter();
        StepExecution first = partition(1, 0);
        StepExecution second = partition(2, 0);
        progress.beforeStep(first);
        progress.beforeStep(second);
        first.setReadCount(400);
        second.setReadCount(300);
        assertEquals(700, progress.records());
        progress.afterStep(first);
        second.setReadCount(500);
        assertEquals(900, progress.records());
        progress.afterStep(second);
        assertEquals(900, progress.records());
    }

    @Test
    void aPartitionThatEndsTwiceCountsOnce() {
        ProgressReporter progress = new ProgressReporter();
        StepExecution only = partition(1, 0);
        progress.beforeStep(only);
        only.setReadCount(250);
        progress.afterStep(only);
        progress.afterStep(only);
        assertEquals(250, progress.records());
    }
}
