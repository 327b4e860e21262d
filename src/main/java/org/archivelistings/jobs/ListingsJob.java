package org.archivelistings.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
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
 * The listings job: {@code read} (a chunk step: pages → records → clean rows in JSON Lines, restartable
 * at every commit), {@code carry} (the unchanged files' rows from the previous run joined in),
 * {@code people} (names resolved across the run), {@code documents} (sightings of the
 * same document merged), then {@code publish}
 * (Parquet twins, atomic renames, the manifest).
 */
final class ListingsJob {
    static final String READ_STEP = "read";
    static final String CARRY_STEP = "carry";
    static final String PEOPLE_STEP = "people";
    static final String DOCUMENTS_STEP = "documents";
    static final String PUBLISH_STEP = "publish";
    /** Tables the read step writes as it goes. */
    static final List<Table> STAGED = List.of(Table.SIGHTINGS, Table.DATES, Table.MENTIONS, Table.REJECTS);
    /** Tables published at the end, in this order. */
    static final List<Table> PUBLISHED = List.of(Table.values());

    private ListingsJob() {}

    static Job build(JobRepository repository, PlatformTransactionManager tx, JobDefinition def, Path workDir,
            RunPlan plan, DateNormalizer dates, Names names, JobOperator operator) {
        // The read step runs as one step per partition of the input files, side by side: each has its own
        // reader, writer, staged files and restart state, so a restart resumes each where it stopped.
        List<List<String>> partitions = plan.partitions();
        ProgressReporter progress = new ProgressReporter();
        RecordProcessor processor = new RecordProcessor(dates, names);
        List<Flow> reads = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            PageItemReader reader = new PageItemReader(def.input(), partitions.get(i), def.encoding());
            progress.add(reader);
            Step read = new StepBuilder(readStep(i), repository)
                    .<PageItem, ProcessedItem>chunk(def.chunkSize())
                    .transactionManager(tx)
                    .reader(reader)
                    .listener(progress)
                    .processor(processor)
                    .writer(new TableFilesWriter(workDir, STAGED, i))
                    .build();
            reads.add(new FlowBuilder<Flow>(readStep(i)).start(read).build());
        }
        Flow read = new FlowBuilder<Flow>(READ_STEP)
                .split(new SimpleAsyncTaskExecutor("read-"))
                .add(reads.toArray(Flow[]::new))
                .build();
        Step carry = new StepBuilder(CARRY_STEP, repository)
                .tasklet(new CarryTasklet(workDir, def.output(), STAGED, partitions.size()), tx)
                .build();
        Step people = new StepBuilder(PEOPLE_STEP, repository)
                .tasklet(new PeopleTasklet(workDir, names), tx)
                .build();
        Step documents = new StepBuilder(DOCUMENTS_STEP, repository)
                .tasklet(new DocumentsTasklet(workDir), tx)
                .build();
        Step publish = new StepBuilder(PUBLISH_STEP, repository)
                .tasklet(new PublishTasklet(def, workDir, PUBLISHED, repository), tx)
                .build();
        return new JobBuilder(def.name(), repository)
                .listener(new GracefulStop(operator))
                .start(read).next(carry).next(people).next(documents).next(publish).build().build();
    }

    /** The name of partition {@code i}'s read step. */
    static String readStep(int i) {
        return READ_STEP + "-" + i;
    }
}
