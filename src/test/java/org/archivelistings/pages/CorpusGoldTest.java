package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
 * title. Prints the match rate.
 */
class CorpusGoldTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsEveryGoldRecordOfTheCorpusExactly() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("pages.jsonl"))) {
            JsonNode page = JSON.readTree(line);
            texts.put(page.get("id").asString(), page.get("text").asString());
        }
        int goldRecords = 0;
        int matched = 0;
        int pages = 0;
        int pagesMatched = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("pages_gold.jsonl"))) {
            JsonNode gold = JSON.readTree(line);
            String id = gold.get("id").asString();
            List<ListingRecord> records = new ArrayList<>();
            PageFacts facts;
            try (ListingPageReader reader = new ListingPageReader(new BufferedReader(new StringReader(texts.get(id))))) {
                facts = reader.facts();
                PageEntry e;
                while ((e = reader.next()) != null) {
                    if (e instanceof ListingRecord r) {
                        records.add(r);
                    }
                }
            }
            pages++;
            boolean pageOk = true;
            JsonNode counter = gold.get("counter");
            Integer first = counter.isNull() ? null : counter.get("first").asInt();
            Integer total = counter.isNull() ? null : counter.get("total").asInt();
            String title = gold.get("page_title").isNull() ? null : gold.get("page_title").asString();
            if (!Objects.equals(first, facts.counterFirst()) || !Objects.equals(total, facts.counterTotal())
                    || !Objects.equals(title, facts.pageTitle())) {
                pageOk = false;
                misses.add(id + " facts: " + facts + " vs counter=" + counter + " title=" + title);
            }
            JsonNode goldRecords0 = gold.get("records");
            for (int i = 0; i < goldRecords0.size(); i++) {
                JsonNode g = goldRecords0.get(i);
                goldRecords++;
                ListingRecord r = i < records.size() ? records.get(i) : null;
                String summary = g.get("summary").isNull() ? null : g.get("summary").asString();
                if (r != null && r.dateLine().equals(g.get("date_line").asString())
                        && r.title().strip().equals(g.get("title").asString())
                        && Objects.equals(r.summary() == null ? null : r.summary().strip(), summary)
                        && r.truncated() == g.get("truncated").asBoolean()) {
                    matched++;
                } else {
                    pageOk = false;
                    misses.add(id + " #" + (i + 1) + ": got " + r + "\n      gold " + g);
                }
            }
            if (records.size() != goldRecords0.size()) {
                pageOk = false;
                misses.add(id + ": " + records.size() + " records, gold " + goldRecords0.size());
            }
            if (pageOk) {
                pagesMatched++;
            }
        }
        System.out.printf("corpus gold: %d/%d records exact (%.1f%%), %d/%d pages exact%n", matched, goldRecords,
                100.0 * matched / goldRecords, pagesMatched, pages);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(misses).isEmpty();
    }
}
