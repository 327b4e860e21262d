package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.dates.NormalizedDate;
import org.archivelistings.merge.DocumentKey;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.SchemaDocument;
import org.archivelistings.output.Table;
import org.archivelistings.text.TextCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole job on the real corpus (../shared/corpus/pages.jsonl as input; skipped where absent): the
 * accounting holds, the documents of the gold listing pages are exactly the distinct (date line, title)
 * pairs of the gold after our normalization, no document id changes between two runs, and DuckDB reads
 * every Parquet table with the column types the schema document lists, the JSON Lines twins holding the
 * same number of rows.
 */
class CorpusDocumentsTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    @TempDir
    Path dir;

    @Test
    void mergesTheCorpusIntoTheGoldDocumentsWithStableIds() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("pages.jsonl"), input.resolve("pages.jsonl"));
        try (JobRunner runner = JobFixtures.runner(dir)) {
            assertThat(runner.run(JobFixtures.job("corpus1", input, dir.resolve("a"), 50)).status()).isEqualTo("COMPLETED");
            assertThat(runner.run(JobFixtures.job("corpus2", input, dir.resolve("b"), 7)).status()).isEqualTo("COMPLETED");
        }
        JsonNode counts = JsonLines.mapper().readTree(dir.resolve("a").resolve("manifest.json").toFile()).get("counts");
        assertThat(counts.get("records_read").asLong())
                .isEqualTo(counts.get("sightings").asLong() + counts.get("rejected").asLong());

        Set<String> goldPages = new HashSet<>();
        Set<String> goldKeys = new TreeSet<>();
        DateNormalizer dates = DateNormalizer.standard();
        for (String line : Files.readAllLines(CORPUS.resolve("pages_gold.jsonl"))) {
            JsonNode page = JsonLines.mapper().readTree(line);
            goldPages.add(page.get("id").asString());
            int ordinal = 0;
            for (JsonNode r : page.get("records")) {
                String dateLine = TextCleaner.clean(r.get("date_line").asString());
                NormalizedDate d = dates.normalize(dateLine, null);
                String summary = r.get("summary").isNull() ? null : TextCleaner.clean(r.get("summary").asString());
                String key = "pages.jsonl#" + page.get("id").asString() + ":" + ++ordinal;
                goldKeys.add(DocumentKey.forRecord(d.start() != null ? d.edtf() : dateLine,
                        TextCleaner.clean(r.get("title").asString()), summary, key));
            }
        }
        Set<String> ours = new TreeSet<>();
        Map<String, String> idsA = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("a").resolve("sightings.jsonl"))) {
            JsonNode s = JsonLines.mapper().readTree(line);
            idsA.put(s.get("record_key").asString(), s.get("document_id").asString());
            if (goldPages.contains(s.get("page").asString())) {
                ours.add(s.get("document_id").asString());
            }
        }
        Map<String, String> idsB = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("b").resolve("sightings.jsonl"))) {
            JsonNode s = JsonLines.mapper().readTree(line);
            idsB.put(s.get("record_key").asString(), s.get("document_id").asString());
        }
        System.out.printf("corpus documents: %d gold (date line, title) pairs, %d documents from the gold pages; "
                + "%d sightings, %d documents in all; ids identical across two runs: %s%n", goldKeys.size(), ours.size(),
                idsA.size(), counts.get("documents").asLong(), idsA.equals(idsB));
        assertThat(ours).isEqualTo(goldKeys);
        assertThat(idsB).isEqualTo(idsA);

        for (Table table : Table.values()) {
            Path parquet = dir.resolve("a").resolve(table.parquet());
            Map<String, String> types = JobFixtures.duckTypes(parquet);
            for (String[] column : SchemaDocument.columns(table.rowType())) {
                String documented = column[1].replace(", not null", "");
                String duck = documented.substring(documented.lastIndexOf(" / ") + 3);
                assertThat(types.get(column[0])).as(table + "." + column[0]).isEqualTo(duck);
            }
            long jsonRows = Files.lines(dir.resolve("a").resolve(table.jsonl())).count();
            long parquetRows = (Long) JobFixtures.duckQuery("SELECT count(*) AS n FROM read_parquet('" + parquet + "')")
                    .get(0).get("n");
            assertThat(parquetRows).as(table.fileBase()).isEqualTo(jsonRows);
        }
    }
}
