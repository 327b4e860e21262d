package org.archivelistings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinTableWriterTest {
    @TempDir
    Path dir;

    private static DateRow row(int i) {
        LocalDate d = LocalDate.of(1956, 1, 1).plusDays(i % 365);
        return new DateRow("p.txt:" + i, "p.txt", i % 2 == 0 ? "title" : "summary", i, i + 10, "Day " + i, d, d, "day",
                d.toString(), false, i % 7 == 0, false, "explicit", i % 5 == 0 ? List.of("ambiguous day/month order") : List.of());
    }

    @Test
    void writesTheSameRowsInTheSameOrderToJsonLinesAndParquet() throws IOException, SQLException {
        int n = 5_000; // several batches through the encoder thread
        try (TwinTableWriter<DateRow> out = new TwinTableWriter<>(dir, Table.DATES, DateRow.class)) {
            for (int i = 0; i < n; i++) {
                if (i % 2 == 0) {
                    out.write(row(i));
                } else {
                    out.write(TwinTableWriter.encode(row(i))); // encoded ahead, as workers do
                }
            }
            assertThat(out.rows()).isEqualTo(n);
        }
        List<String> lines = Files.readAllLines(dir.resolve("dates.jsonl"));
        assertThat(lines).hasSize(n);
        assertThat(JsonLines.mapper().readValue(lines.get(4_321), DateRow.class)).isEqualTo(row(4_321));

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE record_key = 'p.txt:' || (rn - 1)),"
                    + " max(date_start), sum(len(warnings)) FROM (SELECT row_number() OVER () AS rn, * FROM '"
                    + dir.resolve("dates.parquet") + "')");
            r.next();
            assertThat(r.getLong(1)).isEqualTo(n);
            assertThat(r.getLong(2)).as("rows in write order").isEqualTo(n);
            assertThat(r.getDate(3).toLocalDate()).isEqualTo(LocalDate.of(1956, 12, 30));
            assertThat(r.getLong(4)).isEqualTo(n / 5);
        }
    }
}
