package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared set-up for whole-job tests: real pages in a temp folder, a real H2 repository, DuckDB to read back. */
final class JobFixtures {
    static final Path PROJECT_INPUT = Path.of("input");
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    private JobFixtures() {}

    /** Copies the sample pages (the project's input/) into {@code dir}. */
    static Path samplePages(Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        try (var files = Files.list(PROJECT_INPUT)) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        return input;
    }

    static JobRunner runner(Path dir) {
        return JobRunner.open(null, null, null, dir.resolve("repo"));
    }

    static JobDefinition job(String name, Path input, Path output, int chunkSize) {
        return new JobDefinition(name, input, output, chunkSize, "auto", "");
    }

    /** Column name → DuckDB type of a Parquet file, as a notebook's DuckDB sees it. */
    static Map<String, String> duckTypes(Path parquet) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    /** Rows of a DuckDB query, each as column → value. */
    static List<Map<String, Object>> duckQuery(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
