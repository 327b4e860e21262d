package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.archivelistings.output.JsonLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ListingsJobTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearFault() {
        System.clearProperty(PageItemReader.FAIL_AT_ITEM);
    }

    @Test
    void writesSightingsThatDuckDbReadsWithRealTypes() throws Exception {
        Path input = JobFixtures.samplePages(dir);
        Path output = dir.resolve("out");
        try (JobRunner runner = JobFixtures.runner(dir)) {
            RunOutcome outcome = runner.run(JobFixtures.job("listings", input, output, 5));
            assertThat(outcome.status()).as(outcome.message()).isEqualTo("COMPLETED");
        }
        Path parquet = output.resolve("sightings.parquet");
        Map<String, String> types = JobFixtures.duckTypes(parquet);
        assertThat(types).containsEntry("date_start", "DATE")
                .containsEntry("date_end", "DATE")
                .containsEntry("truncated", "BOOLEAN")
                .containsEntry("ordinal", "INTEGER")
                .containsEntry("line", "INTEGER")
                .containsEntry("title", "VARCHAR")
                .containsEntry("summary", "VARCHAR")
                .containsEntry("page_counter_total", "INTEGER")
                .containsEntry("title_dates", "VARCHAR[]");

        List<Map<String, Object>> first = JobFixtures.duckQuery("SELECT * FROM read_parquet('" + parquet
                + "') WHERE source_file = '000_9b0440cc6d5a4f0b.txt' AND ordinal = 1");
        assertThat(first).hasSize(1);
        Map<String, Object> row = first.get(0);
        assertThat(row.get("date_text")).isEqualTo("April 24, 1956");
        assertThat(row.get("date_start")).isEqualTo(LocalDate.of(1956, 4, 24));
        assertThat(row.get("date_end")).isEqualTo(LocalDate.of(1956, 4, 24));
        assertThat(row.get("date_precision")).isEqualTo("day");
        assertThat(row.get("date_edtf")).isEqualTo("1956-04-24");
        assertThat(row.get("title")).isEqualTo("Third Party Congress of the Korean Workers Party held from 24 to 30 April 1956");
        assertThat(row.get("page_layout")).isEqualTo("bulleted");
        assertThat(row.get("truncated")).isEqualTo(false);
        assertThat(row.get("line")).isEqualTo(6);

        List<Map<String, Object>> noSummary = JobFixtures.duckQuery("SELECT summary, page_counter_first, page_counter_last,"
                + " page_counter_total, page_layout FROM read_parquet('" + parquet + "') WHERE title = "
                + "'Draft Telegram from A. Mikoyan to the CPSU Central Committee'");
        assertThat(noSummary).hasSize(1);
        assertThat(noSummary.get(0).get("summary")).isNull();
        assertThat(noSummary.get(0)).containsEntry("page_counter_first", 1)
                .containsEntry("page_counter_last", 10)
                .containsEntry("page_counter_total", 129)
                .containsEntry("page_layout", "paragraph");

        // The JSON Lines twin holds the same rows.
        long jsonRows = Files.lines(output.resolve("sightings.jsonl")).count();
        long parquetRows = (Long) JobFixtures.duckQuery("SELECT count(*) AS n FROM read_parquet('" + parquet + "')")
                .get(0).get("n");
        assertThat(jsonRows).isEqualTo(parquetRows).isGreaterThan(20);

        JsonNode manifest = JsonLines.mapper().readTree(output.resolve("manifest.json").toFile());
        JsonNode counts = manifest.get("counts");
        assertThat(manifest.get("job").asString()).isEqualTo("listings");
        assertThat(counts.get("pages").asLong()).isEqualTo(2);
        assertThat(counts.get("sightings").asLong()).isEqualTo(jsonRows);
        assertThat(counts.get("records_read").asLong())
                .isEqualTo(counts.get("sightings").asLong() + counts.get("rejected").asLong());
        assertThat(manifest.get("outputs").findValuesAsString("file"))
                .contains("sightings.jsonl", "sightings.parquet", "rejects.jsonl", "dates.parquet");
        assertThat(output.resolve(".work")).isEmptyDirectory();
    }

    @Test
    void restartAfterFailureResumesWithoutLosingOrDuplicatingRecords() throws Exception {
        Path input = JobFixtures.samplePages(dir);
        Path clean = dir.resolve("clean");
        Path crashed = dir.resolve("crashed");
        try (JobRunner runner = JobFixtures.runner(dir)) {
            assertThat(runner.run(JobFixtures.job("clean", input, clean, 4)).status()).isEqualTo("COMPLETED");

            System.setProperty(PageItemReader.FAIL_AT_ITEM, "15");
            RunOutcome failed = runner.run(JobFixtures.job("crashy", input, crashed, 4));
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.message()).contains("injected failure at item 15").contains("restart crashy");
            assertThat(crashed.resolve("sightings.jsonl")).doesNotExist();

            System.clearProperty(PageItemReader.FAIL_AT_ITEM);
            RunOutcome restarted = runner.restart("crashy");
            assertThat(restarted.status()).as(restarted.message()).isEqualTo("COMPLETED");
            assertThat(restarted.executionId()).isNotEqualTo(failed.executionId());
        }
        List<String> expected = Files.readAllLines(clean.resolve("sightings.jsonl"));
        List<String> actual = Files.readAllLines(crashed.resolve("sightings.jsonl"));
        assertThat(actual).hasSize(expected.size()).containsExactlyElementsOf(expected);
        assertThat(Files.readAllLines(crashed.resolve("dates.jsonl")))
                .containsExactlyElementsOf(Files.readAllLines(clean.resolve("dates.jsonl")));
        JsonNode counts = JsonLines.mapper().readTree(crashed.resolve("manifest.json").toFile()).get("counts");
        assertThat(counts.get("records_read").asLong()).isEqualTo(expected.size() + counts.get("rejected").asLong());
    }

    @Test
    void reportsMissingInputWithoutStartingARun() throws Exception {
        try (JobRunner runner = JobFixtures.runner(dir)) {
            RunOutcome outcome = runner.run(JobFixtures.job("listings", dir.resolve("nope"), dir.resolve("out"), 5));
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.message()).contains("nope").contains("does not exist");
        }
    }
}
