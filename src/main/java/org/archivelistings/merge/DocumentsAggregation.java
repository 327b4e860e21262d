package org.archivelistings.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.archivelistings.output.Folders;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.TableEngine;

/**
 * The documents table from the final sightings, by ranges of document ids: each range's sightings are
 * merged on their own (the engine's list aggregates hold a whole group in memory and do not spill, so
 * one query over a million sightings needed 3 GB), the links between documents are found over narrow
 * keys of every range, and the ranges, each sorted, are written one after the other: the table is in
 * document id order and equal to one query over everything. The steps' SQL lives beside this class
 * ({@code documents-*.sql}).
 */
public final class DocumentsAggregation {
    /** Sightings per range the engine merges comfortably in a few hundred MB. */
    static final long SIGHTINGS_PER_RANGE = 100_000;
    private static final String SIGHTINGS = Aggregations.load("documents-sightings.sql");
    private static final String MERGE = Aggregations.load("documents-merge.sql");
    private static final String LINKS = Aggregations.load("documents-links.sql");
    private static final String FINAL = Aggregations.load("documents-final.sql");

    private final TableEngine db;
    private final Path scratch;

    /** @param scratch a folder for the ranges' intermediate files (emptied first, left for the caller) */
    public DocumentsAggregation(TableEngine db, Path scratch) {
        this.db = db;
        this.scratch = scratch;
    }

    /** How many ranges for this many sightings: a power of two, so that ranges split the id space evenly. */
    public static int rangesFor(long sightings) {
        int ranges = 1;
        while (ranges < 256 && ranges * SIGHTINGS_PER_RANGE < sightings) {
            ranges *= 2;
        }
        return ranges;
    }

    /**
     * Writes the documents of {@code sightings} (a table expression of final sightings rows) with {@code keys}
     * (their {@link SightingKeys}) to {@code out} as Parquet, in {@code ranges} ranges of ids (1 to 256).
     */
    public void write(String sightings, String keys, Path out, int ranges) throws SQLException, IOException {
        if (ranges < 1 || ranges > 256) {
            throw new IllegalArgumentException("ranges must be 1 to 256, not " + ranges);
        }
        Folders.deleteTree(scratch);
        Files.createDirectories(scratch);
        String keyed = SIGHTINGS.replace("${sightings}", sightings).replace("${keys}", keys)
                .replace("${buckets}", String.valueOf(ranges));
        List<String> inputs = new ArrayList<>();
        if (ranges == 1) {
            inputs.add("(" + keyed + ")");
        } else {
            Path split = scratch.resolve("sightings");
            db.copyPartitioned(keyed, split, "bucket");
            for (int i = 0; i < ranges; i++) {
                Path dir = split.resolve("bucket=" + i);
                if (Files.isDirectory(dir)) { // a range no id fell in has no folder
                    inputs.add("read_parquet(" + TableEngine.literal(dir.resolve("*.parquet").toString())
                            + ", hive_partitioning = false)");
                }
            }
        }
        List<Path> merged = new ArrayList<>();
        for (String range : inputs) {
            Path m = scratch.resolve("merged-" + merged.size() + ".parquet");
            db.copy(MERGE.replace("${range}", range), m, OutputFormat.PARQUET);
            merged.add(m);
        }
        Path related = scratch.resolve("related.parquet");
        db.copy(LINKS.replace("${merged}", "read_parquet(" + TableEngine.list(merged) + ")"), related,
                OutputFormat.PARQUET);
        List<Path> parts = new ArrayList<>();
        for (Path m : merged) {
            Path part = scratch.resolve("documents-" + parts.size() + ".parquet");
            db.copy(FINAL.replace("${range}", scan(m)).replace("${related}", scan(related)), part,
                    OutputFormat.PARQUET);
            parts.add(part);
        }
        // Files read in the order listed, rows in file order: the ranges one after the other.
        db.copy("SELECT * FROM read_parquet(" + TableEngine.list(parts) + ")", out, OutputFormat.PARQUET);
    }

    private static String scan(Path parquet) {
        return "read_parquet(" + TableEngine.literal(parquet.toString()) + ")";
    }
}
