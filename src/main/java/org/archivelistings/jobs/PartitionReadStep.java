package org.archivelistings.jobs;

import java.nio.file.Path;
import java.util.List;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worker step of the partitioned read: for each partition's step execution it builds the chunk step
 * (pages → final rows → Parquet parts) from what the execution carries (its name: the partition number,
 * whose files the saved run plan gives; its job parameters: input, output, run, chunk size, encoding)
 * and runs it. Built per
 * execution, so partitions running at once (threads here, or several on one worker) share no reader or
 * writer, and a worker process needs no other state than the job repository and the shared folder.
 */
final class PartitionReadStep implements Step {
    static final String NAME = "read-partition";

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final DateNormalizer dates;
    private final Names names;
    private final ProgressReporter progress;

    /** {@code progress} may be null (a worker process shows no progress bar). */
    PartitionReadStep(JobRepository repository, PlatformTransactionManager tx, DateNormalizer dates, Names names,
            ProgressReporter progress) {
        this.repository = repository;
        this.tx = tx;
        this.dates = dates;
        this.names = names;
        this.progress = progress;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        JobParameters params = execution.getJobExecution().getJobParameters();
        Path input = Path.of(params.getString(JobRunner.P_INPUT));
        Path output = Path.of(params.getString(JobRunner.P_OUTPUT));
        Path runDir = PartFiles.runDir(output, params.getLong(JobRunner.P_RUN));
        int index = ReadPartitioner.index(execution);
        List<String> files;
        try {
            files = RunPlan.load(RunPlan.workDir(output, params.getLong(JobRunner.P_RUN))).partitions().get(index);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the run plan of partition " + index + ": " + e.getMessage(), e);
        }
        PageItemReader reader = new PageItemReader(input, files, params.getString(JobRunner.P_ENCODING));
        var step = new StepBuilder(execution.getStepName(), repository)
                .<PageItem, ProcessedItem>chunk(params.getLong(JobRunner.P_CHUNK).intValue())
                .transactionManager(tx)
                .reader(reader)
                .processor(new RecordProcessor(dates, names))
                .writer(new PartFilesWriter(runDir, index));
        if (progress != null) {
            progress.add(reader);
            step.listener(progress);
        }
        step.build().execute(execution);
    }
}
