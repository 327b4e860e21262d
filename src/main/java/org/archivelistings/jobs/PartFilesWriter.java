package org.archivelistings.jobs;

import com.jerolba.carpet.CarpetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.archivelistings.output.ParquetFiles;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes each chunk's final rows as one Parquet part per table, and keeps the count of committed parts in
 * the step's execution context, committed with the chunk. On restart the parts past that count (written
 * by a chunk whose transaction never committed) are deleted: the contract {@code FlatFileItemWriter}
 * keeps with byte offsets, for files that cannot be truncated. A part is written under a temporary name
 * and renamed, so a half-written part is never taken for a whole one.
 */
final class PartFilesWriter implements ItemStreamWriter<ProcessedItem> {
    private final Path runDir;
    private final int partition;
    private final String countKey;
    private int committed;

    PartFilesWriter(Path runDir, int partition) {
        this.runDir = runDir;
        this.partition = partition;
        this.countKey = "parts." + partition + ".count";
    }

    @Override
    public void open(ExecutionContext context) {
        committed = context.getInt(countKey, 0);
        try {
            for (StagedTable table : StagedTable.values()) {
                Files.createDirectories(runDir.resolve(table.folder()));
            }
            PartFiles.deleteUncommitted(runDir, partition, committed);
        } catch (IOException e) {
            throw new ItemStreamException("cannot prepare the staged parts in " + runDir, e);
        }
    }

    @Override
    public void write(Chunk<? extends ProcessedItem> chunk) throws IOException {
        Map<StagedTable, List<Record>> rows = new EnumMap<>(StagedTable.class);
        for (ProcessedItem item : chunk) {
            item.forEachRow((table, row) -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row));
        }
        for (Map.Entry<StagedTable, List<Record>> e : rows.entrySet()) {
            writePart(e.getKey(), e.getValue());
        }
        committed++;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writePart(StagedTable table, List<Record> rows) throws IOException {
        Path part = PartFiles.part(runDir, table, partition, committed);
        Path tmp = part.resolveSibling(part.getFileName() + ".tmp");
        try (CarpetWriter out = ParquetFiles.partWriter(tmp, table.rowType())) {
            for (Record row : rows) {
                out.write(row);
            }
        }
        Files.move(tmp, part, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(countKey, committed);
    }
}
