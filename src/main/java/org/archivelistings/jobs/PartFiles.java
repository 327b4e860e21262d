package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where staged Parquet parts live: {@code OUTPUT/.parts/run-ID/TABLE/PPP-SSSSSS.parquet}, one part per
 * table per committed chunk of read partition PPP. Names sort in reading order (partition, then commit),
 * and partitions hold contiguous runs of input files, so listing a run's parts by name lists its rows in
 * input order. The parts of the last published run stay, so that the next incremental run takes the
 * unchanged files' rows from them instead of reading those files again.
 */
final class PartFiles {
    static final String FOLDER = ".parts";
    private static final String SUFFIX = ".parquet";

    private PartFiles() {}

    static Path root(Path output) {
        return output.resolve(FOLDER);
    }

    static Path runDir(Path output, long runId) {
        return root(output).resolve("run-" + runId);
    }

    static Path part(Path runDir, StagedTable table, int partition, int seq) {
        return runDir.resolve(table.folder()).resolve(String.format("%03d-%06d%s", partition, seq, SUFFIX));
    }

    /** The committed parts of {@code table} in {@code runDir}, in reading order. */
    static List<Path> list(Path runDir, StagedTable table) throws IOException {
        Path dir = runDir.resolve(table.folder());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /**
     * Deletes partition {@code partition}'s parts numbered {@code fromSeq} and later, and any half-written
     * part: what a crash left behind after the last commit.
     */
    static void deleteUncommitted(Path runDir, int partition, int fromSeq) throws IOException {
        String prefix = String.format("%03d-", partition);
        for (StagedTable table : StagedTable.values()) {
            Path dir = runDir.resolve(table.folder());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> doomed = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(p -> {
                    String name = p.getFileName().toString();
                    if (!name.endsWith(SUFFIX) || seqOf(name) >= fromSeq) {
                        doomed.add(p);
                    }
                });
            }
            for (Path p : doomed) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int seqOf(String name) {
        return Integer.parseInt(name.substring(4, 10));
    }
}
