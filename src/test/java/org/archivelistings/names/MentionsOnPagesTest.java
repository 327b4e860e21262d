package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mention finding on the real pages of ../shared/corpus: of the gold name variants that occur in the
 * page texts, how many are found as mentions; and every distinct mention found, for review by eye.
 */
class MentionsOnPagesTest {
    @Test
    void findsTheGoldVariantsThatOccurInRealPages() throws Exception {
        Path corpus = Path.of("..", "shared", "corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is not here");
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("pages.jsonl"))) {
            texts.add(JsonMapper.builder().build().readTree(line).get("text").asString());
        }
        Names names = Names.standard();
        List<List<PersonMention>> found = texts.stream().map(names::findMentions).toList();
        int occurring = 0;
        int hit = 0;
        List<String> missed = new ArrayList<>();
        for (NamesGoldTest.Row row : NamesGoldTest.gold()) {
            String v = row.stripped();
            for (int i = 0; i < texts.size(); i++) {
                int at = texts.get(i).indexOf(v);
                if (at < 0 || v.length() < 4) {
                    continue;
                }
                occurring++;
                final int pos = at;
                boolean ok = found.get(i).stream().anyMatch(m -> m.begin() <= pos && m.end() >= pos + v.length());
                if (ok) {
                    hit++;
                } else {
                    missed.add(v);
                }
                break;
            }
        }
        Map<String, Integer> distinct = new TreeMap<>();
        found.forEach(list -> list.forEach(m -> distinct.merge(m.stripped(), 1, Integer::sum)));
        Map<String, Resolution> resolved = names.resolveAll(distinct.keySet());
        long unresolved = resolved.values().stream().filter(r -> r.personId() == null).count();
        System.out.printf("mentions on %d real pages: %d gold variants occur, %d found; %d distinct mentions, %d unresolved%n",
                texts.size(), occurring, hit, distinct.size(), unresolved);
        System.out.println("  missed: " + missed);
        distinct.forEach((k, n) -> System.out.println("  mention " + k + " x" + n + " -> " + resolved.get(k).personId()));
        assertThat(hit).isGreaterThanOrEqualTo(occurring * 8 / 10);
    }
}
