package org.archivelistings.jobs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.archivelistings.output.InputRow;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.Manifest;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.ParquetFiles;
import org.archivelistings.output.Table;
import org.archivelistings.output.TableEngine;
import org.archivelistings.output.WrittenFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step: writes the JSON Lines of each table from its Parquet file (when the job wants both),
 * the {@code inputs} table, every file's SHA-256 (taken while it was written), then moves the files into
 * the output folder by atomic rename (a notebook reading the previous run's files never sees a half-written
 * one) and writes {@code manifest.json} last. Idempotent: a restart after a crash here simply does it again.
 */
final class PublishTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final JobDefinition job;
    private final Path workDir;
    private final Path runDir;
    private final Set<OutputFormat> formats;
    private final EngineSettings engine;
    private final RunCounts readCounts;

    PublishTasklet(JobDefinition job, Path workDir, Path runDir, Set<OutputFormat> formats, EngineSettings engine,
            RunCounts readCounts) {
        this.job = job;
        this.workDir = workDir;
        this.runDir = runDir;
        this.formats = formats;
        this.engine = engine;
        this.readCounts = readCounts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = contribution.getStepExecution().getJobExecution();
        RunPlan plan = RunPlan.load(workDir);
        writeInputs(plan.inputs());
        List<Path> files = new ArrayList<>();
        Map<Table, Long> rows = new TreeMap<>();
        Manifest.Counts counts;
        try (TableEngine db = engine.open(workDir)) {
            for (Table table : ListingsJob.PUBLISHED) {
                Path parquet = AggregateTasklet.staged(workDir, table);
                String scan = AggregateTasklet.scan(parquet);
                rows.put(table, db.count("SELECT count(*) FROM " + scan));
                Path jsonl = workDir.resolve(OutputFormat.JSONL.fileName(table));
                if (table != Table.INPUTS && formats.contains(OutputFormat.JSONL)) {
                    db.publish("SELECT * FROM " + scan, jsonl, OutputFormat.JSONL);
                }
                if (formats.contains(OutputFormat.JSONL) || table == Table.INPUTS) {
                    files.add(jsonl); // inputs.jsonl always: it is what the next run's plan reads
                }
                if (formats.contains(OutputFormat.PARQUET)) {
                    files.add(parquet);
                }
            }
            counts = readCounts.counts(db, workDir, plan, rows, execution);
        }
        List<Manifest.OutputFile> outputs = describe(files, rows);
        for (Table table : ListingsJob.PUBLISHED) {
            for (OutputFormat format : OutputFormat.values()) {
                Path from = workDir.resolve(format.fileName(table));
                Path to = job.output().resolve(format.fileName(table));
                if (files.contains(from)) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(to); // an earlier run's file in a format this job no longer writes
                }
            }
        }
        Manifest manifest = readCounts.manifest(job, execution, plan, counts, outputs);
        Path tmp = workDir.resolve("manifest.json");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            JsonLines.mapper().writerWithDefaultPrettyPrinter().writeValue(w, manifest);
        }
        Files.move(tmp, job.output().resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        updatePartsIndex(plan);
        log.info("{}: {} records read, {} sightings, {} rejected; tables in {}", job.name(),
                manifest.counts().recordsRead(), manifest.counts().sightings(), manifest.counts().rejected(),
                job.output());
        return RepeatStatus.FINISHED;
    }

    /** The inputs table: a row per input file, small enough that hashing it after writing costs nothing. */
    private void writeInputs(List<InputRow> inputs) throws IOException {
        Path parquet = AggregateTasklet.staged(workDir, Table.INPUTS);
        ParquetFiles.write(parquet, InputRow.class, inputs);
        WrittenFile.read(parquet).save(parquet);
        Path jsonl = workDir.resolve(Table.INPUTS.jsonl());
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (InputRow row : inputs) {
                w.write(JsonLines.line(row));
                w.write('\n');
            }
        }
        WrittenFile.read(jsonl).save(jsonl);
    }

    /**
     * Each file's rows, bytes and SHA-256, as taken while the file was written. A file without its digest
     * (written by a version before digests were kept) is read once more.
     */
    private static List<Manifest.OutputFile> describe(List<Path> files, Map<Table, Long> rows) throws IOException {
        List<Manifest.OutputFile> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Table table = Table.byName(name.substring(0, name.lastIndexOf('.'))).orElseThrow();
            WrittenFile written = WrittenFile.load(f).orElse(null);
            if (written == null) {
                log.warn("{} has no digest from its writing: reading it again for its SHA-256", f);
                written = WrittenFile.read(f);
            }
            out.add(new Manifest.OutputFile(name, rows.get(table), written.bytes(), written.sha256()));
        }
        return out;
    }

    /** This run's parts now hold the rows of the files it read; the carried files keep theirs. */
    private void updatePartsIndex(RunPlan plan) throws IOException {
        Map<String, String> before = PartsIndex.load(job.output());
        Map<String, String> index = new TreeMap<>();
        String run = runDir.getFileName().toString();
        for (InputRow input : plan.inputs()) {
            String file = input.sourceFile();
            index.put(file, plan.carried().contains(file) ? before.get(file) : run);
        }
        index.values().removeIf(java.util.Objects::isNull);
        PartsIndex.save(job.output(), index, run);
    }
}
