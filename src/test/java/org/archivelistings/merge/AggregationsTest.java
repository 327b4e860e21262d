package org.archivelistings.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.ParquetFiles;
import org.archivelistings.output.SightingRow;
import org.archivelistings.output.TableEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents and people queries on small sets of rows, run by the real engine as the job runs them. */
class AggregationsTest {
    @TempDir
    Path dir;

    private final List<SightingRow> sightings = new ArrayList<>();
    private final List<SightingKeys> keys = new ArrayList<>();

    private void sighting(String key, String date, String title, String summary, boolean truncated, String... people) {
        LocalDate d = date == null ? null : LocalDate.parse(date);
        String file = key.substring(0, key.indexOf(':'));
        sightings.add(new SightingRow(key, file, null, 1, 1, "paragraph", null, null, null, "Topic " + file, null,
                date == null ? "" : date, d, d, date == null ? "none" : "day", date == null ? "XXXX" : date, title, title,
                summary, summary, truncated, List.of(), false, List.of(people),
                DocumentKey.forRecord(date == null ? "" : date, title, summary, key)));
        keys.add(SightingKeys.of(key, file, title, summary));
    }

    /** The documents of the sightings so far, merged in four ranges of ids as a big run would. */
    private List<Map<String, Object>> documents() throws Exception {
        return documents(4);
    }

    private List<Map<String, Object>> documents(int ranges) throws Exception {
        Path s = dir.resolve("s.parquet");
        Path k = dir.resolve("k.parquet");
        ParquetFiles.write(s, SightingRow.class, sightings);
        ParquetFiles.write(k, SightingKeys.class, keys);
        Path out = dir.resolve("documents-" + ranges + ".parquet");
        try (TableEngine db = new TableEngine(dir.resolve("spill"), "256MB", 2)) {
            new DocumentsAggregation(db, dir.resolve("ranges")).write("read_parquet('" + s + "')",
                    "read_parquet('" + k + "')", out, ranges);
        }
        return query("SELECT * FROM read_parquet('" + out + "')");
    }

    @Test
    void rangesOfIdsGiveTheRowsOfOneQueryOverEverythingInIdOrder() throws Exception {
        for (int i = 0; i < 300; i++) {
            // titles seen on several pages, a week apart, and summaries shared under other titles: links
            // and merges that cross ranges
            String date = LocalDate.of(1956, 1, 1).plusDays(i % 40 * 3).toString();
            sighting("p" + i % 7 + ".txt:" + i, date, "Telegram " + i % 25, "On matter " + i % 30 + ".", i % 11 == 0,
                    "person" + i % 5);
        }
        List<Map<String, Object>> one = documents(1);
        // the engine's structs have no equals: rows compare by their text
        assertThat(one).hasSizeGreaterThan(100);
        assertThat(one).anyMatch(d -> !((List<?>) d.get("related")).isEmpty());
        assertThat(one).anyMatch(d -> (Integer) d.get("sighting_count") > 1);
        assertThat(one.stream().map(d -> (String) d.get("document_id")).toList()).isSorted();
        for (int ranges : new int[] {2, 16, 256}) {
            assertThat(documents(ranges).stream().map(Object::toString).toList()).as(ranges + " ranges")
                    .containsExactlyElementsOf(one.stream().map(Object::toString).toList());
        }
    }

    @Test
    void keysOutOfStepWithTheSightingsFailTheRunInsteadOfMixingThemUp() {
        sighting("a.txt:1", "1956-09-01", "Telegram from Mikoyan", "On the plenum.", false);
        sighting("a.txt:2", "1956-09-02", "Cable from Mikoyan", "On the plenum.", false);
        java.util.Collections.reverse(keys);
        assertThatThrownBy(() -> documents(2)).hasMessageContaining("out of step with the sightings at a.txt:1");
    }

    @Test
    void rangesGrowByPowersOfTwoWithTheSightings() {
        assertThat(DocumentsAggregation.rangesFor(0)).isEqualTo(1);
        assertThat(DocumentsAggregation.rangesFor(50_000)).isEqualTo(1);
        assertThat(DocumentsAggregation.rangesFor(50_001)).isEqualTo(2);
        assertThat(DocumentsAggregation.rangesFor(1_000_000)).isEqualTo(32);
        assertThat(DocumentsAggregation.rangesFor(10_000_000_000L)).isEqualTo(256);
    }

    @Test
    void aCompleteTitleBeatsATruncatedOneThenTheMostSeenThenTheLongest() throws Exception {
        sighting("a.txt:1", "1956-09-18", "Letter from Ri Sang-jo to N.S. Khrushchev", "Ri urges", true, "ri");
        sighting("b.txt:1", "1956-09-18", "Letter from Ri Sang–jo to N. S. Khrushchev", "Ri urges Khrushchev.", false,
                "khrushchev");
        sighting("c.txt:1", "1956-09-18", "Letter from Ri Sang-jo to N.S. Khrushchev", "Ri urges", false);
        sighting("d.txt:1", "1956-09-18", "Letter from Ri Sang-jo to N.S. Khrushchev", "Ri urges", false);
        List<Map<String, Object>> docs = documents();
        assertThat(docs).hasSize(1);
        Map<String, Object> doc = docs.get(0);
        assertThat(doc.get("title")).isEqualTo("Letter from Ri Sang-jo to N.S. Khrushchev"); // seen twice complete
        assertThat(doc.get("summary")).isEqualTo("Ri urges"); // seen twice complete, beats the longer one seen once
        assertThat(doc.get("sighting_count")).isEqualTo(4);
        assertThat(doc.get("summary_variants")).isEqualTo(2);
        assertThat(doc.get("truncated")).isEqualTo(false);
        assertThat(doc.get("people")).isEqualTo(List.of("khrushchev", "ri"));
        assertThat(doc.get("page_titles")).isEqualTo(List.of("Topic a.txt", "Topic b.txt", "Topic c.txt", "Topic d.txt"));
        assertThat(doc.get("related")).isEqualTo(List.of());
    }

    @Test
    void linksTheSameTitleOneToSevenDaysApartAndTheSameDateAndSummaryUnderAnotherTitle() throws Exception {
        sighting("a.txt:1", "1956-09-01", "Telegram from Mikoyan", "On the plenum.", false);
        sighting("a.txt:2", "1956-09-08", "Telegram from Mikoyan", "On the plenum, again.", false);
        sighting("a.txt:3", "1956-09-16", "Telegram from Mikoyan", "Later.", false); // 8 days after the second
        sighting("a.txt:4", "1956-09-01", "Cable from Mikoyan", "On the plenum.", false);
        Map<String, List<String>> related = new LinkedHashMap<>();
        for (Map<String, Object> doc : documents()) {
            List<String> links = new ArrayList<>();
            for (Object r : (List<?>) doc.get("related")) {
                links.add(r.toString());
            }
            related.put((String) doc.get("date_text") + " " + doc.get("title"), links);
        }
        assertThat(related.get("1956-09-01 Telegram from Mikoyan")).hasSize(2)
                .anyMatch(r -> r.contains("same title, dates 7 days apart"))
                .anyMatch(r -> r.contains("same date and summary, different title"));
        assertThat(related.get("1956-09-08 Telegram from Mikoyan")).singleElement().asString().contains("7 days apart");
        assertThat(related.get("1956-09-16 Telegram from Mikoyan")).isEmpty();
        assertThat(related.get("1956-09-01 Cable from Mikoyan")).singleElement().asString()
                .contains("same date and summary, different title");
    }

    @Test
    void aSummarySharedByManyDocumentsIsBoilerplateAndLinksNothing() throws Exception {
        for (int i = 0; i < 22; i++) {
            sighting("a.txt:" + i, "1956-09-01", "Document number " + i, "No summary available.", false);
        }
        assertThat(documents()).hasSize(22).allMatch(d -> ((List<?>) d.get("related")).isEmpty());
    }

    @Test
    void peopleCountEverySpellingAndTheSpanOfRecordDates() throws Exception {
        List<MentionRow> mentions = List.of(
                mention("a.txt:1", "Cde. Mikoyan", "Mikoyan", "mikoyan", "1956-09-01"),
                mention("a.txt:1", "A.I. Mikoyan", "A.I. Mikoyan", "mikoyan", "1956-09-01"),
                mention("b.txt:3", "Mikoyan's", "Mikoyan", "mikoyan", "1957-01-02"),
                mention("b.txt:3", "Kim", "Kim", null, "1957-01-02"));
        Path m = dir.resolve("m.parquet");
        ParquetFiles.write(m, MentionRow.class, mentions);
        List<Map<String, Object>> people = query(Aggregations.people("read_parquet('" + m + "')"));
        assertThat(people).hasSize(1);
        Map<String, Object> p = people.get(0);
        assertThat(p.get("person_id")).isEqualTo("mikoyan");
        assertThat(p.get("canonical")).isEqualTo("Anastas Mikoyan");
        assertThat(p.get("in_authority")).isEqualTo(true);
        assertThat(p.get("variants").toString()).isEqualTo("[{variant=A.I. Mikoyan, count=1}, {variant=Mikoyan, count=2}]");
        assertThat(p.get("first_date").toString()).isEqualTo("1956-09-01");
        assertThat(p.get("last_date").toString()).isEqualTo("1957-01-02");
        assertThat(p.get("mention_count")).isEqualTo(3L);
        assertThat(p.get("record_count")).isEqualTo(2L);
    }

    private static MentionRow mention(String key, String surface, String stripped, String person, String date) {
        return new MentionRow(key, key.substring(0, key.indexOf(':')), "title", 0, surface.length(), surface, stripped,
                person, person == null ? null : "Anastas Mikoyan", "ad-hoc", person == null ? "unknown" : "authority",
                person == null ? 0 : 1, LocalDate.parse(date));
    }

    private static List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnLabel(i), v instanceof Array a ? List.of((Object[]) a.getArray()) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
