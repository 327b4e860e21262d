package org.archivelistings.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.Table;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.core.io.FileSystemResource;

/**
 * Appends each chunk's rows to one JSON Lines file per table in the run's work folder. Spring Batch's
 * {@link FlatFileItemWriter} does the hard part: it writes at commit and, on restart, truncates each file
 * to its last committed length, so a crash can neither lose nor duplicate a row.
 */
final class TableFilesWriter implements ItemStreamWriter<ProcessedItem> {
    private final Map<Table, FlatFileItemWriter<Object>> writers = new EnumMap<>(Table.class);

    /** Writes partition {@code partition}'s staged files of {@code tables} in {@code workDir}. */
    TableFilesWriter(Path workDir, List<Table> tables, int partition) {
        for (Table table : tables) {
            writers.put(table, new FlatFileItemWriterBuilder<Object>()
                    .name("table-" + table.fileBase())
                    .resource(new FileSystemResource(workDir.resolve(stagedName(table, partition))))
                    .lineAggregator(JsonLines::line)
                    .encoding("UTF-8")
                    .lineSeparator("\n")
                    .shouldDeleteIfExists(true)
                    .transactional(true)
                    .build());
        }
    }

    /**
     * The file a read partition stages a table in; the carry step joins the partitions in order and adds
     * the unchanged files' rows (see {@link CarryTasklet#combined}).
     */
    static String stagedName(Table table, int partition) {
        return table.fileBase() + ".read-" + partition + ".jsonl";
    }

    @Override
    public void write(Chunk<? extends ProcessedItem> chunk) throws Exception {
        Map<Table, List<Object>> rows = new EnumMap<>(Table.class);
        for (ProcessedItem item : chunk) {
            item.forEachRow((table, row) -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row));
        }
        for (Map.Entry<Table, List<Object>> e : rows.entrySet()) {
            writers.get(e.getKey()).write(new Chunk<>(e.getValue()));
        }
    }

    @Override
    public void open(ExecutionContext context) {
        writers.values().forEach(w -> w.open(context));
    }

    @Override
    public void update(ExecutionContext context) {
        writers.values().forEach(w -> w.update(context));
    }

    @Override
    public void close() {
        writers.values().forEach(FlatFileItemWriter::close);
    }
}
