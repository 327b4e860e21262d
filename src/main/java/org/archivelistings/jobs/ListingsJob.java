package org.archivelistings.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.Table;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The listings job: {@code read} → {@code aggregate} → {@code publish}.
 *
 * <ul>
 *   <li>{@code read}: one chunk step per partition of the input files, side by side; pages → records →
 *       final rows (dates and names resolved), staged as Parquet parts per commit, restartable at every
 *       commit;
 *   <li>{@code aggregate}: the embedded engine turns the parts (and the unchanged files' parts of the
 *       last run) into the sightings, dates, mentions and rejects tables, and groups people and documents;
 *   <li>{@code publish}: the formats the job wants, SHA-256, atomic renames, the manifest.
 * </ul>
 */
final class ListingsJob {
    static final String READ_STEP = "read";
    static final String AGGREGATE_STEP = "aggregate";
    static final String PUBLISH_STEP = "publish";
    /** Tables published at the end, in this order. */
    static final List<Table> PUBLISHED = List.of(Table.values());

    private ListingsJob() {}

    static Job build(JobRepository repository, PlatformTransactionManager tx, JobDefinition def, Path workDir,
            long runId, RunPlan plan, DateNormalizer dates, Names names, JobOperator operator) {
        List<List<String>> partitions = plan.partitions();
        Path runDir = PartFiles.runDir(def.output(), runId);
        ProgressReporter progress = new ProgressReporter();
        StepClock clock = new StepClock();
        List<Flow> reads = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            PageItemReader reader = new PageItemReader(def.input(), partitions.get(i), def.encoding());
            progress.add(reader);
            Step read = new StepBuilder(readStep(i), repository)
                    .<PageItem, ProcessedItem>chunk(def.chunkSize())
                    .transactionManager(tx)
                    .reader(reader)
                    .listener(progress)
                    .listener(clock)
                    .processor(new RecordProcessor(dates, names))
                    .writer(new PartFilesWriter(runDir, i))
                    .build();
            reads.add(new FlowBuilder<Flow>(readStep(i)).start(read).build());
        }
        Flow read = new FlowBuilder<Flow>(READ_STEP)
                .split(new SimpleAsyncTaskExecutor("read-"))
                .add(reads.toArray(Flow[]::new))
                .build();
        EngineSettings engine = EngineSettings.fromSystem();
        Step aggregate = new StepBuilder(AGGREGATE_STEP, repository)
                .tasklet(new AggregateTasklet(workDir, def.output(), runDir, engine), tx)
                .listener(clock)
                .build();
        // The plan's formats, not the definition's: a restart rebuilds the definition, the plan is saved.
        Set<OutputFormat> formats = plan.formats();
        Step publish = new StepBuilder(PUBLISH_STEP, repository)
                .tasklet(new PublishTasklet(def, workDir, runDir, formats, engine,
                        new RunCounts(repository, partitions.size())), tx)
                .listener(clock)
                .build();
        return new JobBuilder(def.name(), repository)
                .listener(new GracefulStop(operator))
                .start(read).next(aggregate).next(publish).build().build();
    }

    /** The name of partition {@code i}'s read step. */
    static String readStep(int i) {
        return READ_STEP + "-" + i;
    }
}
