package org.archivelistings.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.Table;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.messaging.MessageChannel;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The listings job: {@code read} → {@code aggregate} → {@code merge} → {@code documents} → {@code publish}.
 *
 * <ul>
 *   <li>{@code read}: one partitioned step; each partition (a contiguous run of input files) is a chunk
 *       step {@code read-partition:pNNN}: pages → records → final rows (dates and names resolved), staged
 *       as Parquet parts per commit, restartable at every commit. Locally the partitions run side by
 *       side on threads of this process; remotely they go through the broker to worker processes;
 *   <li>{@code aggregate}: the embedded engine turns the parts (and the unchanged files' parts of the
 *       last run) into the sightings, dates, mentions and rejects tables, groups people, and splits the
 *       sightings by ranges of document id;
 *   <li>{@code merge}: one partitioned step; each partition {@code merge-range:rNNN} merges one range's
 *       sightings into documents; locally one after the other, remotely on the workers;
 *   <li>{@code documents}: links across ranges, the documents table in id order;
 *   <li>{@code publish}: the formats the job wants, SHA-256, atomic renames, the manifest.
 * </ul>
 */
final class ListingsJob {
    static final String READ_STEP = "read";
    static final String AGGREGATE_STEP = "aggregate";
    static final String MERGE_STEP = "merge";
    static final String DOCUMENTS_STEP = "documents";
    static final String PUBLISH_STEP = "publish";
    /** How often a remote read's manager looks in the job repository for finished partitions. */
    static final long POLL_MILLIS = 1000;
    /** Tables published at the end, in this order. */
    static final List<Table> PUBLISHED = List.of(Table.values());

    private ListingsJob() {}

    /** Where the read partitions run: threads of this process, or workers behind the broker. */
    record Partitions(MessageChannel requests, long timeoutMillis) {
        static final Partitions LOCAL = new Partitions(null, -1);

        boolean remote() {
            return requests != null;
        }
    }

    static Job build(JobRepository repository, PlatformTransactionManager tx, JobDefinition def, Path workDir,
            long runId, RunPlan plan, DateNormalizer dates, Names names, JobOperator operator, Partitions where) {
        List<List<String>> partitions = plan.partitions();
        Path runDir = PartFiles.runDir(def.output(), runId);
        StepClock clock = new StepClock();
        ReadPartitioner partitioner = new ReadPartitioner(partitions.size());
        Step read;
        if (where.remote()) {
            read = new RemotePartitioningManagerStepBuilder(READ_STEP, repository)
                    .partitioner(PartitionReadStep.NAME, partitioner)
                    .gridSize(partitions.size())
                    .outputChannel(where.requests())
                    .pollInterval(POLL_MILLIS)
                    .timeout(where.timeoutMillis())
                    .listener(clock)
                    .build();
        } else {
            ProgressReporter progress = new ProgressReporter();
            read = new StepBuilder(READ_STEP, repository)
                    .partitioner(PartitionReadStep.NAME, partitioner)
                    .step(new PartitionReadStep(repository, tx, dates, names, progress))
                    .gridSize(partitions.size())
                    .taskExecutor(new SimpleAsyncTaskExecutor("read-")) // a thread per partition
                    .listener(clock)
                    .build();
        }
        EngineSettings engine = EngineSettings.fromSystem();
        Step aggregate = new StepBuilder(AGGREGATE_STEP, repository)
                .tasklet(new AggregateTasklet(workDir, def.output(), runDir, engine), tx)
                .listener(clock)
                .build();
        RangePartitioner ranges = new RangePartitioner(AggregateTasklet.documentRanges(workDir));
        Step merge;
        if (where.remote()) {
            merge = new RemotePartitioningManagerStepBuilder(MERGE_STEP, repository)
                    .partitioner(RangeMergeStep.NAME, ranges)
                    .outputChannel(where.requests())
                    .pollInterval(POLL_MILLIS)
                    .timeout(where.timeoutMillis())
                    .listener(clock)
                    .build();
        } else {
            // one range at a time: the engine already uses every core on each
            merge = new StepBuilder(MERGE_STEP, repository)
                    .partitioner(RangeMergeStep.NAME, ranges)
                    .step(new RangeMergeStep(repository, tx, engine))
                    .listener(clock)
                    .build();
        }
        Step documents = new StepBuilder(DOCUMENTS_STEP, repository)
                .tasklet(new DocumentsTasklet(workDir, engine), tx)
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
                .start(read).next(aggregate).next(merge).next(documents).next(publish).build();
    }

    /** The name of partition {@code i}'s step executions. */
    static String partitionStep(int i) {
        return PartitionReadStep.NAME + ":" + ReadPartitioner.key(i);
    }

    /** Whether a step execution is a partition (of read or merge), not a step of the job itself. */
    static boolean isPartition(String stepName) {
        return stepName.startsWith(PartitionReadStep.NAME + ":") || stepName.startsWith(RangeMergeStep.NAME + ":");
    }
}
