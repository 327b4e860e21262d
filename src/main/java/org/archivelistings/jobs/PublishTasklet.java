package org.archivelistings.jobs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.archivelistings.output.DateRow;
import org.archivelistings.output.DocumentRow;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.InputRow;
import org.archivelistings.output.PersonRow;
import org.archivelistings.output.FileDigest;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.Manifest;
import org.archivelistings.output.ParquetConverter;
import org.archivelistings.output.RejectRow;
import org.archivelistings.output.SightingRow;
import org.archivelistings.output.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The last step: writes each finished JSON Lines table's Parquet twin, moves both into the output
 * folder by atomic rename (a notebook reading the previous run's files never sees a half-written one),
 * and writes {@code manifest.json} last. Idempotent: a restart after a crash here simply does it again.
 */
final class PublishTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final JobDefinition job;
    private final Path workDir;
    private final List<Table> tables;
    private final JobRepository repository;

    PublishTasklet(JobDefinition job, Path workDir, List<Table> tables, JobRepository repository) {
        this.repository = repository;
        this.job = job;
        this.workDir = workDir;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution stepExecution = contribution.getStepExecution();
        JobExecution jobExecution = stepExecution.getJobExecution();
        Stats stats = new Stats();
        RunPlan plan = RunPlan.load(workDir);
        try (Writer w = Files.newBufferedWriter(workDir.resolve(Table.INPUTS.jsonl()), StandardCharsets.UTF_8)) {
            for (InputRow row : plan.inputs()) {
                w.write(JsonLines.line(row));
                w.write('\n');
            }
        }
        // The people and documents steps wrote their tables' Parquet twins themselves.
        StepExecution peopleStep = lastStep(jobExecution, ListingsJob.PEOPLE_STEP);
        Map<Table, Long> twinned = Map.of(
                Table.MENTIONS, peopleStep.getExecutionContext().getLong(PeopleTasklet.MENTIONS, 0L),
                Table.PEOPLE, peopleStep.getExecutionContext().getLong(PeopleTasklet.PEOPLE, 0L),
                Table.DOCUMENTS, lastStep(jobExecution, ListingsJob.DOCUMENTS_STEP).getExecutionContext()
                        .getLong(DocumentsTasklet.DOCUMENTS, 0L));
        stats.mentions = twinned.get(Table.MENTIONS);
        stats.people = twinned.get(Table.PEOPLE);
        stats.documents = twinned.get(Table.DOCUMENTS);
        List<Manifest.OutputFile> outputs = new ArrayList<>();
        List<Path[]> moves = new ArrayList<>();
        // Tables convert independently (each fills its own counters): use every core.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<List<Manifest.OutputFile>>> done = new ArrayList<>();
            for (Table table : tables) {
                done.add(pool.submit(() -> publishable(table, stats, twinned.get(table))));
            }
            for (int i = 0; i < tables.size(); i++) {
                Table table = tables.get(i);
                try {
                    outputs.addAll(done.get(i).get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                moves.add(new Path[] {workDir.resolve(table.jsonl()), job.output().resolve(table.jsonl())});
                moves.add(new Path[] {workDir.resolve(table.parquet()), job.output().resolve(table.parquet())});
            }
        } finally {
            pool.shutdownNow();
        }
        for (Path[] move : moves) {
            Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Manifest manifest = manifest(jobExecution, plan, stats, outputs);
        Path tmp = workDir.resolve("manifest.json");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            JsonLines.mapper().writerWithDefaultPrettyPrinter().writeValue(w, manifest);
        }
        Files.move(tmp, job.output().resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        log.info("{}: {} records read, {} sightings, {} rejected; tables in {}", job.name(),
                manifest.counts().recordsRead(), manifest.counts().sightings(), manifest.counts().rejected(),
                job.output());
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes the table's Parquet twin (unless a step already wrote it: {@code twinRows} is then its row
     * count) and describes both files for the manifest.
     */
    private List<Manifest.OutputFile> publishable(Table table, Stats stats, Long twinRows) throws IOException {
        Path jsonl = workDir.resolve(table.jsonl());
        if (!Files.exists(jsonl)) {
            Files.createFile(jsonl); // a table with no rows still exists, so notebooks can load it
        }
        Path parquet = workDir.resolve(table.parquet());
        long rows;
        if (twinRows != null && Files.exists(parquet)) {
            rows = twinRows;
        } else {
            Files.deleteIfExists(parquet);
            rows = convert(table, jsonl, parquet, stats);
        }
        return List.of(new Manifest.OutputFile(table.jsonl(), rows, Files.size(jsonl), FileDigest.sha256(jsonl)),
                new Manifest.OutputFile(table.parquet(), rows, Files.size(parquet), FileDigest.sha256(parquet)));
    }

    private static long convert(Table table, Path jsonl, Path parquet, Stats stats) throws IOException {
        return switch (table) {
            case SIGHTINGS -> ParquetConverter.convert(jsonl, parquet, SightingRow.class, stats::sighting);
            case DOCUMENTS -> ParquetConverter.convert(jsonl, parquet, DocumentRow.class, r -> {});
            case REJECTS -> ParquetConverter.convert(jsonl, parquet, RejectRow.class, stats::reject);
            case DATES -> ParquetConverter.convert(jsonl, parquet, DateRow.class, r -> stats.datesFound++);
            case MENTIONS -> ParquetConverter.convert(jsonl, parquet, MentionRow.class, r -> {});
            case PEOPLE -> ParquetConverter.convert(jsonl, parquet, PersonRow.class, r -> {});
            case INPUTS -> ParquetConverter.convert(jsonl, parquet, InputRow.class, r -> stats.inputFiles++);
        };
    }

    private Manifest manifest(JobExecution execution, RunPlan plan, Stats stats, List<Manifest.OutputFile> outputs) {
        StepExecution documentsStep = lastStep(execution, ListingsJob.DOCUMENTS_STEP);
        StepExecution carry = lastStep(execution, ListingsJob.CARRY_STEP);
        // The readers' own counts, committed with each chunk: they survive restarts and are counted
        // independently of the rows, so records_read = sightings + rejected is a real check.
        long itemsRead = 0;
        long pagesRead = 0;
        for (int i = 0; i < plan.partitions().size(); i++) {
            StepExecution read = lastStep(execution, ListingsJob.readStep(i));
            itemsRead += read.getExecutionContext().getLong(PageItemReader.ITEMS_READ, 0L);
            pagesRead += read.getExecutionContext().getLong(PageItemReader.PAGES_READ, 0L);
        }
        long carried = carry.getExecutionContext().getLong(CarryTasklet.RECORDS_CARRIED, 0L);
        Map<String, String> params = new TreeMap<>();
        execution.getJobParameters().parameters().forEach(p -> params.put(p.name(), String.valueOf(p.value())));
        return new Manifest(
                job.name(),
                execution.getJobInstance().getInstanceId(),
                execution.getId(),
                params,
                plan.rulesVersion(),
                offset(execution.getStartTime()),
                OffsetDateTime.now(),
                new Manifest.Counts(
                        stats.inputFiles,
                        plan.toRead().size(),
                        plan.carried().size(),
                        plan.removed(),
                        pagesRead,
                        itemsRead + carried,
                        itemsRead,
                        carried,
                        stats.sightings,
                        stats.rejected,
                        stats.rejectsByReason,
                        stats.documents,
                        documentsStep.getExecutionContext().getLong(DocumentsTasklet.MERGED, 0L),
                        documentsStep.getExecutionContext().getLong(DocumentsTasklet.RELATED, 0L),
                        stats.undated,
                        stats.unreadableDates,
                        stats.datesFound,
                        stats.mentions,
                        stats.people),
                outputs);
    }

    /**
     * The step's execution in this job execution, or, when a restart skipped it because it had already
     * completed, its completed execution from an earlier attempt (whose context holds the counts).
     */
    private StepExecution lastStep(JobExecution execution, String stepName) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(stepName))
                .findFirst()
                .orElseGet(() -> repository.getLastStepExecution(execution.getJobInstance(), stepName));
    }

    private static OffsetDateTime offset(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** Counts gathered while the tables are converted, so the manifest costs no extra pass. */
    private static final class Stats {
        long sightings;
        long rejected;
        long undated;
        long unreadableDates;
        long datesFound;
        long documents;
        long mentions;
        long inputFiles;
        long people;
        final Map<String, Long> rejectsByReason = new TreeMap<>();

        void sighting(SightingRow row) {
            sightings++;
            if (RecordProcessor.UNDATED.equals(row.datePrecision())) {
                undated++;
            } else if (row.dateStart() == null) {
                unreadableDates++;
            }
        }

        void reject(RejectRow row) {
            rejected++;
            rejectsByReason.merge(row.reason(), 1L, Long::sum);
        }
    }
}
