package org.archivelistings.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.archivelistings.output.Folders;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.TableEngine;

/**
 * The documents table from the final sightings, by ranges of document ids: the sightings are split by
 * range ({@link #split}), each range is merged on its own ({@link #merge}: the engine's list aggregates
 * hold a whole group in memory and do not spill, so one query over a million sightings needed 3 GB), and
 * {@link #finish} finds the links between documents over narrow keys of every range and writes the
 * ranges, each sorted, one after the other: the table is in document id order and equal to one query
 * over everything. Ranges are independent, so the job runs them as partitions, on workers when remote.
 * The steps' SQL lives beside this class ({@code documents-*.sql}); their files live in one folder.
 */
public final class DocumentsAggregation {
    /** Sightings per range the engine merges within its 256 MB (about 100,000 did not, always). */
    static final long SIGHTINGS_PER_RANGE = 50_000;
    private static final String SIGHTINGS = Aggregations.load("documents-sightings.sql");
    private static final String MERGE = Aggregations.load("documents-merge.sql");
    private static final String LINKS = Aggregations.load("documents-links.sql");
    private static final String FINAL = Aggregations.load("documents-final.sql");
    private static final String BUCKET = "bucket";

    private final TableEngine db;
    private final Path folder;

    /** @param folder where the ranges' files go, from {@link #split} to {@link #finish} */
    public DocumentsAggregation(TableEngine db, Path folder) {
        this.db = db;
        this.folder = folder;
    }

    /** How many ranges for this many sightings: a power of two, so that ranges split the id space evenly. */
    public static int rangesFor(long sightings) {
        int ranges = 1;
        while (ranges < 256 && ranges * SIGHTINGS_PER_RANGE < sightings) {
            ranges *= 2;
        }
        return ranges;
    }

    /** The whole table at once: {@link #split}, {@link #merge} of every range, {@link #finish}. */
    public void write(String sightings, String keys, Path out, int ranges) throws SQLException, IOException {
        split(sightings, keys, ranges);
        for (int range : ranges(folder)) {
            merge(range);
        }
        finish(out);
    }

    /**
     * Splits {@code sightings} (a table expression of final sightings rows) with {@code keys} (their
     * {@link SightingKeys}) into {@code ranges} ranges of document ids (1 to 256); the folder is emptied first.
     */
    public void split(String sightings, String keys, int ranges) throws SQLException, IOException {
        if (ranges < 1 || ranges > 256) {
            throw new IllegalArgumentException("ranges must be 1 to 256, not " + ranges);
        }
        Folders.deleteTree(folder);
        Files.createDirectories(folder);
        String keyed = SIGHTINGS.replace("${sightings}", sightings).replace("${keys}", keys)
                .replace("${buckets}", String.valueOf(ranges));
        db.copyPartitioned(keyed, folder.resolve("sightings"), BUCKET);
        // the columns without a row, for a run without sightings
        db.copy("SELECT * EXCLUDE (" + BUCKET + ") FROM (" + keyed + ") LIMIT 0", folder.resolve("no-sightings.parquet"),
                OutputFormat.PARQUET);
    }

    /** The ranges {@link #split} gave sightings to, in id order (a range no id fell in has no folder). */
    public static List<Integer> ranges(Path folder) throws IOException {
        Path split = folder.resolve("sightings");
        if (!Files.isDirectory(split)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(split)) {
            return dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith(BUCKET + "="))
                    .map(n -> Integer.parseInt(n.substring(BUCKET.length() + 1))).sorted().toList();
        }
    }

    /**
     * Merges one range's sightings into its documents (without links). Written aside and renamed, so that
     * a range merged twice (a request handed out again) leaves the same complete file.
     */
    public void merge(int range) throws SQLException, IOException {
        Path dir = folder.resolve("sightings").resolve(BUCKET + "=" + range);
        String rows = "read_parquet(" + TableEngine.literal(dir.resolve("*.parquet").toString())
                + ", hive_partitioning = false)";
        Path tmp = Files.createTempFile(folder, "merged-" + range + "-", ".tmp");
        db.copy(MERGE.replace("${range}", rows), tmp, OutputFormat.PARQUET);
        Files.move(tmp, merged(range), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Links the merged ranges and writes the documents table to {@code out} as Parquet, in id order. */
    public void finish(Path out) throws SQLException, IOException {
        List<Path> merged = new ArrayList<>();
        for (int range : ranges(folder)) {
            Path m = merged(range);
            if (!Files.exists(m)) {
                throw new IllegalStateException("range " + range + " of the documents was not merged (" + m + ")");
            }
            merged.add(m);
        }
        if (merged.isEmpty()) { // no sightings: the columns, without a row
            Path empty = folder.resolve("merged-none.parquet");
            db.copy(MERGE.replace("${range}", scan(folder.resolve("no-sightings.parquet"))), empty, OutputFormat.PARQUET);
            merged.add(empty);
        }
        Path related = folder.resolve("related.parquet");
        db.copy(LINKS.replace("${merged}", "read_parquet(" + TableEngine.list(merged) + ")"), related,
                OutputFormat.PARQUET);
        List<Path> parts = new ArrayList<>();
        for (Path m : merged) {
            Path part = folder.resolve("documents-" + parts.size() + ".parquet");
            db.copy(FINAL.replace("${range}", scan(m)).replace("${related}", scan(related)), part,
                    OutputFormat.PARQUET);
            parts.add(part);
        }
        // Files read in the order listed, rows in file order: the ranges one after the other.
        db.publish("SELECT * FROM read_parquet(" + TableEngine.list(parts) + ")", out, OutputFormat.PARQUET);
    }

    private Path merged(int range) {
        return folder.resolve(String.format("merged-%03d.parquet", range));
    }

    private static String scan(Path parquet) {
        return "read_parquet(" + TableEngine.literal(parquet.toString()) + ")";
    }
}
