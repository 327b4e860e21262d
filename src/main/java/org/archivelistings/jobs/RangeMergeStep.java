package org.archivelistings.jobs;

import java.nio.file.Path;
import org.archivelistings.merge.DocumentsAggregation;
import org.archivelistings.output.TableEngine;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A partition of the documents merge: one range of document ids ({@link DocumentsAggregation#merge}),
 * from the run's work folder on the shared output, by whoever runs it (this process, or a worker).
 * Its range number is in its step name; like a read partition, it is built per execution, and a range
 * merged twice leaves the same file.
 */
final class RangeMergeStep implements Step {
    static final String NAME = "merge-range";

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final EngineSettings engine;

    RangeMergeStep(JobRepository repository, PlatformTransactionManager tx, EngineSettings engine) {
        this.repository = repository;
        this.tx = tx;
        this.engine = engine;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        JobParameters params = execution.getJobExecution().getJobParameters();
        Path workDir = RunPlan.workDir(Path.of(params.getString(JobRunner.P_OUTPUT)), params.getLong(JobRunner.P_RUN));
        int range = ReadPartitioner.index(execution);
        new StepBuilder(execution.getStepName(), repository)
                .tasklet((contribution, chunk) -> {
                    // a spill folder of its own: ranges may run at once in several processes
                    try (TableEngine db = engine.open(workDir, String.format("range-%03d", range))) {
                        new DocumentsAggregation(db, AggregateTasklet.documentRanges(workDir)).merge(range);
                    }
                    return RepeatStatus.FINISHED;
                }, tx)
                .build()
                .execute(execution);
    }
}
