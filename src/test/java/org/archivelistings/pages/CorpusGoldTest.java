package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader against the gold answers of ../shared/corpus (present in CI; skipped where absent): every
 * gold record's date line, title, summary and truncated flag, in order, and every page's counter and
 * title. Scores the dev and check halves apart (key: the page id) and prints the misses of dev pages
 * only: the check half measures how the rules do on pages nobody tuned them on.
 */
class CorpusGoldTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Records exact and pages exact of one half. */
    private static final class Score {
        int records;
        int recordsExact;
        int pages;
        int pagesExact;

        String line(String name) {
            return String.format("%s: %d/%d records exact (%.1f%%), %d/%d pages exact", name, recordsExact, records,
                    100.0 * recordsExact / Math.max(1, records), pagesExact, pages);
        }
    }

    static Map<String, String> pageTexts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("pages.jsonl"))) {
            JsonNode page = JSON.readTree(line);
            texts.put(page.get("id").asString(), page.get("text").asString());
        }
        return texts;
    }

    @Test
    void readsTheGoldRecordsOfTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        Map<String, String> texts = pageTexts();
        Score dev = new Score();
        Score check = new Score();
        List<String> devMisses = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("pages_gold.jsonl"))) {
            JsonNode gold = JSON.readTree(line);
            String id = gold.get("id").asString();
            boolean isCheck = Halves.isCheck(id);
            Score score = isCheck ? check : dev;
            List<String> misses = new ArrayList<>();
            ReadPage read = ReadPage.of(texts.get(id));
            PageFacts facts = read.facts();
            JsonNode counter = gold.get("counter");
            Integer first = counter.isNull() ? null : counter.get("first").asInt();
            Integer total = counter.isNull() ? null : counter.get("total").asInt();
            String title = gold.get("page_title").isNull() ? null : gold.get("page_title").asString();
            if (!Objects.equals(first, facts.counterFirst()) || !Objects.equals(total, facts.counterTotal())
                    || !Objects.equals(title, facts.pageTitle())) {
                misses.add(id + " facts: " + facts + " vs counter=" + counter + " title=" + title);
            }
            JsonNode goldRecords = gold.get("records");
            List<ListingRecord> records = read.records();
            for (int i = 0; i < goldRecords.size(); i++) {
                JsonNode g = goldRecords.get(i);
                score.records++;
                ListingRecord r = i < records.size() ? records.get(i) : null;
                if (matches(r, g)) {
                    score.recordsExact++;
                } else {
                    misses.add(id + " #" + (i + 1) + ": got " + r + "\n      gold " + g);
                }
            }
            if (records.size() != goldRecords.size()) {
                misses.add(id + ": " + records.size() + " records, gold " + goldRecords.size());
            }
            score.pages++;
            if (misses.isEmpty()) {
                score.pagesExact++;
            }
            if (!isCheck) {
                devMisses.addAll(misses);
                read.fragments().forEach(f -> System.out.println("  dev reject " + id + " " + f));
            }
        }
        System.out.println("corpus gold, " + dev.line("dev") + "; " + check.line("check"));
        devMisses.forEach(m -> System.out.println("  dev miss " + m));
        assertThat(devMisses).isEmpty();
        assertThat(check.recordsExact).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * check.records));
    }

    private static boolean matches(ListingRecord r, JsonNode g) {
        String summary = g.get("summary").isNull() ? null : g.get("summary").asString();
        return r != null
                && r.dateLine().equals(g.get("date_line").asString())
                && r.title().strip().equals(g.get("title").asString())
                && Objects.equals(r.summary() == null ? null : r.summary().strip(), summary)
                && r.truncated() == g.get("truncated").asBoolean();
    }
}
