package org.archivelistings.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The embedded column engine (DuckDB, in-process) that aggregates and publishes the staged Parquet
 * parts: it sorts, groups and writes out of core, on every core, within a memory limit, which is what
 * the hand-made bucket files did before at a fraction of the speed. One engine per step, closed after.
 */
public final class TableEngine implements AutoCloseable {
    private static final int ROW_GROUP_ROWS = 20_000;
    private final Connection connection;

    /**
     * @param scratch a folder for the engine's spill files (created; the caller deletes it)
     * @param memoryLimit e.g. "256MB": the engine spills to {@code scratch} beyond it
     */
    public TableEngine(Path scratch, String memoryLimit, int threads) throws IOException {
        Files.createDirectories(scratch);
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            execute("SET threads = " + Math.max(1, threads));
            execute("SET memory_limit = '" + memoryLimit + "'");
            execute("SET temp_directory = " + literal(scratch.toString()));
            // Rows come out in the order they went in unless a query sorts: the tables must not depend on timing.
            execute("SET preserve_insertion_order = true");
        } catch (SQLException e) {
            throw new IOException("cannot start the embedded engine (DuckDB): " + e.getMessage(), e);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The single number {@code sql} selects. */
    public long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The first two columns of {@code sql}'s rows, as text and number (e.g. reason and count). */
    public java.util.Map<String, Long> counts(String sql) throws SQLException {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
        }
        return out;
    }

    /** Writes the rows of {@code select} to {@code file} as Parquet (Snappy) or JSON Lines. */
    public void copy(String select, Path file, OutputFormat format) throws SQLException, IOException {
        Files.deleteIfExists(file);
        // Row groups of 20,000 rows, not DuckDB's 122,880: the engine buffers a whole group per thread while
        // it keeps the rows in order, and 122,880 sightings with their summaries overran a 384 MB limit.
        execute("COPY (" + select + ") TO " + literal(file.toString()) + " " + options(format, ""));
    }

    private static String options(OutputFormat format, String more) {
        return format == OutputFormat.PARQUET
                ? "(FORMAT PARQUET, COMPRESSION SNAPPY, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + more + ")"
                : "(FORMAT JSON" + more + ")";
    }

    /**
     * Writes the rows of an output table to {@code file} as {@link #copy} does, with its SHA-256 taken
     * on the way (saved beside it, see {@link WrittenFile}): the file is written once and not read again.
     */
    public WrittenFile publish(String select, Path file, OutputFormat format) throws SQLException, IOException {
        Files.deleteIfExists(WrittenFile.sidecar(file));
        WrittenFile written;
        if (!DigestPipe.SUPPORTED) {
            copy(select, file, format);
            written = WrittenFile.read(file);
        } else {
            Files.deleteIfExists(file);
            try (DigestPipe pipe = DigestPipe.open(file)) {
                // No temporary file: the engine would write it and rename it over the pipe.
                execute("COPY (" + select + ") TO " + literal(pipe.path().toString()) + " "
                        + options(format, ", USE_TMP_FILE false"));
                written = pipe.finish();
            } catch (SQLException | IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        written.save(file);
        return written;
    }

    /**
     * Writes the rows of {@code select} as Parquet files under {@code dir}, one folder per value of
     * {@code column} ({@code dir/column=value/}), without that column in the files, in no particular
     * order within a folder. The engine buffers rows per folder and thread: flushed every 20,000 rows
     * and without keeping the input order, 64 folders of two million sightings fit in 256 MB (with its
     * defaults they did not).
     */
    public void copyPartitioned(String select, Path dir, String column) throws SQLException {
        execute("SET preserve_insertion_order = false");
        execute("SET partitioned_write_flush_threshold = " + ROW_GROUP_ROWS);
        try {
            execute("COPY (" + select + ") TO " + literal(dir.toString()) + " (FORMAT PARQUET, COMPRESSION SNAPPY, "
                    + "ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ", PARTITION_BY (" + column + "))");
        } finally {
            execute("RESET partitioned_write_flush_threshold");
            execute("SET preserve_insertion_order = true");
        }
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A SQL list of string literals, e.g. the files of {@code read_parquet([...])}. */
    public static String list(List<Path> files) {
        return files.stream().map(p -> literal(p.toString())).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
