package org.archivelistings.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.archivelistings.merge.Aggregations;
import org.archivelistings.merge.DocumentsAggregation;
import org.archivelistings.output.InputRow;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.ParquetFiles;
import org.archivelistings.output.Table;
import org.archivelistings.output.TableEngine;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The aggregate step: the staged parts of this run (and, on an incremental run, the unchanged files'
 * parts of earlier runs) become the final sightings, dates, mentions and rejects tables in input order,
 * the engine groups the mentions into people, and splits the sightings by document id range for the
 * documents merge ({@link RangeMergeStep}, {@link DocumentsTasklet}). Everything goes to the run's work folder as
 * Parquet; publish writes the other formats from there. Starts from scratch on a restart.
 */
final class AggregateTasklet implements Tasklet {
    private final Path workDir;
    private final Path output;
    private final Path runDir;
    private final EngineSettings engine;

    AggregateTasklet(Path workDir, Path output, Path runDir, EngineSettings engine) {
        this.workDir = workDir;
        this.output = output;
        this.runDir = runDir;
        this.engine = engine;
    }

    /** Where the sightings split by document id range wait for the merge-range partitions. */
    static Path documentRanges(Path workDir) {
        return workDir.resolve("document-ranges");
    }

    /** The work-folder Parquet file of a table, as aggregate leaves it for publish. */
    static Path staged(Path workDir, Table table) {
        return workDir.resolve(OutputFormat.PARQUET.fileName(table));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunPlan plan = RunPlan.load(workDir);
        List<Path> carriedRuns = carriedRuns(plan);
        try (TableEngine db = engine.open(workDir)) {
            if (!carriedRuns.isEmpty()) {
                List<FileOrder> order = new ArrayList<>();
                List<InputRow> inputs = plan.inputs();
                for (int i = 0; i < inputs.size(); i++) {
                    order.add(new FileOrder(inputs.get(i).sourceFile(), i));
                }
                ParquetFiles.write(workDir.resolve("file-order.parquet"), FileOrder.class, order);
                List<FileOrder> carried = plan.carried().stream().map(f -> new FileOrder(f, 0)).toList();
                ParquetFiles.write(workDir.resolve("carried.parquet"), FileOrder.class, carried);
            }
            for (StagedTable table : StagedTable.values()) {
                db.execute("CREATE VIEW " + view(table) + " AS " + rows(table, carriedRuns));
            }
            for (StagedTable table : StagedTable.values()) {
                if (table.published() != null) {
                    db.publish("SELECT * FROM " + view(table), staged(workDir, table.published()), OutputFormat.PARQUET);
                }
            }
            db.publish(Aggregations.people(scan(staged(workDir, Table.MENTIONS))), staged(workDir, Table.PEOPLE),
                    OutputFormat.PARQUET);
            String sightings = scan(staged(workDir, Table.SIGHTINGS));
            long count = db.count("SELECT count(*) FROM " + sightings);
            new DocumentsAggregation(db, documentRanges(workDir)).split(sightings, view(StagedTable.SIGHTING_KEYS),
                    DocumentsAggregation.rangesFor(count));
        }
        return RepeatStatus.FINISHED;
    }

    /** The run folders that hold the carried files' rows. */
    private List<Path> carriedRuns(RunPlan plan) throws java.io.IOException {
        if (plan.carried().isEmpty()) {
            return List.of();
        }
        Map<String, String> index = PartsIndex.load(output);
        TreeSet<String> runs = new TreeSet<>();
        for (String file : plan.carried()) {
            String run = index.get(file);
            if (run == null) {
                throw new IllegalStateException(file + " is carried over but no earlier run's parts hold its rows;"
                        + " run the job with --full");
            }
            runs.add(run);
        }
        return runs.stream().map(r -> PartFiles.root(output).resolve(r)).toList();
    }

    /**
     * A table's rows in input order: this run's parts (read in order, partitions hold contiguous files),
     * or, with carried files, those and the earlier runs' rows of the carried files, sorted by file order.
     */
    private String rows(StagedTable table, List<Path> carriedRuns) throws java.io.IOException {
        List<Path> fresh = new ArrayList<>();
        Path schema = workDir.resolve("schema").resolve(table.folder() + ".parquet");
        java.nio.file.Files.createDirectories(schema.getParent());
        ParquetFiles.write(schema, table.rowType(), List.of()); // the columns, when no part has a row
        fresh.add(schema);
        fresh.addAll(PartFiles.list(runDir, table));
        if (carriedRuns.isEmpty()) {
            return "SELECT * FROM read_parquet(" + TableEngine.list(fresh) + ")";
        }
        List<Path> old = new ArrayList<>();
        for (Path run : carriedRuns) {
            old.addAll(PartFiles.list(run, table));
        }
        String marked = "filename = true, file_row_number = true";
        String carried = old.isEmpty() ? "" : " UNION ALL BY NAME SELECT * FROM read_parquet(" + TableEngine.list(old)
                + ", " + marked + ") WHERE source_file IN (SELECT source_file FROM "
                + scan(workDir.resolve("carried.parquet")) + ")";
        return "SELECT s.* EXCLUDE (filename, file_row_number) FROM (SELECT * FROM read_parquet("
                + TableEngine.list(fresh) + ", " + marked + ")" + carried + ") s JOIN "
                + scan(workDir.resolve("file-order.parquet"))
                + " o USING (source_file) ORDER BY o.file_index, s.filename, s.file_row_number";
    }

    static String scan(Path parquet) {
        return "read_parquet(" + TableEngine.literal(parquet.toString()) + ")";
    }

    private static String view(StagedTable table) {
        return "staged_" + table.folder();
    }
}
