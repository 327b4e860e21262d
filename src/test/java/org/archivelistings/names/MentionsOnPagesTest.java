package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mention finding and per-record resolution against ../shared/corpus/mentions_gold.jsonl (skipped where
 * absent): precision and recall of the mention spans on the dev and check halves (key: record_key), misses
 * of dev printed by class, and whether the mentions of one gold person share one id. Each record is
 * resolved with a fresh page memory (the gold draws records one by one from different pages).
 */
class MentionsOnPagesTest {
    static final Path GOLD = Path.of("..", "shared", "corpus", "mentions_gold.jsonl");

    @Test
    void findsThePeopleOfRealRecords() throws Exception {
        assumeTrue(Files.exists(GOLD), "../shared/corpus is not here");
        Names names = Names.standard();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, int[]> counts = new TreeMap<>(); // half -> tp, fp, fn, linkedPairsOk, linkedPairs
        Map<String, Integer> missByClass = new TreeMap<>();
        for (String line : Files.readAllLines(GOLD)) {
            JsonNode r = json.readTree(line);
            String half = Halves.isCheck(r.get("record_key").asString()) ? "check" : "dev";
            int[] c = counts.computeIfAbsent(half, k -> new int[5]);
            String title = r.get("title").asString();
            String summary = r.get("summary").isNull() ? null : r.get("summary").asString();
            List<ResolvedMention> found = new ArrayList<>(names.resolveRecord(title, summary, PageNames.empty()));
            List<String[]> matched = new ArrayList<>(); // gold person, found id
            for (JsonNode g : r.get("mentions")) {
                String field = g.get("field").asString();
                String text = g.get("text").asString();
                ResolvedMention hit = found.stream().filter(f -> f.field().equals(field) && f.surface().equals(text))
                        .findFirst().orElse(null);
                if (hit != null) {
                    found.remove(hit);
                    c[0]++;
                    matched.add(new String[] {g.get("person").asString(), String.valueOf(hit.personId())});
                } else {
                    c[2]++;
                    String cls = missClass(text, field.equals("title") ? title : summary);
                    missByClass.merge(half + " " + cls, 1, Integer::sum);
                    if (half.equals("dev")) {
                        System.out.println("  miss [" + cls + "] " + field + ": " + text + "   in: " + context(field.equals("title") ? title : summary, text));
                    }
                }
            }
            c[1] += found.size();
            if (half.equals("dev")) {
                found.forEach(f -> System.out.println("  extra " + f.field() + ": " + f.surface() + " -> " + f.personId()));
            }
            for (int i = 0; i < matched.size(); i++) {
                for (int j = i + 1; j < matched.size(); j++) {
                    boolean same = matched.get(i)[0].equals(matched.get(j)[0]);
                    boolean linked = !matched.get(i)[1].equals("null") && matched.get(i)[1].equals(matched.get(j)[1]);
                    c[4]++;
                    if (same == linked) {
                        c[3]++;
                    }
                }
            }
        }
        Map<String, Double> precision = new HashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            double p = (double) c[0] / (c[0] + c[1]);
            double rec = (double) c[0] / (c[0] + c[2]);
            precision.put(e.getKey(), p);
            System.out.printf("mentions %s: P %.3f R %.3f (tp %d fp %d fn %d); same-record pairs agreeing on person %d/%d%n",
                    e.getKey(), p, rec, c[0], c[1], c[2], c[3], c[4]);
        }
        System.out.println("misses by class: " + missByClass);
        assertThat(precision.get("dev")).isGreaterThanOrEqualTo(0.85);
    }

    static String missClass(String text, String in) {
        if (text.codePoints().anyMatch(NameParser::isCjk)) {
            return "han-hangul";
        }
        int at = in.indexOf(text);
        String after = at < 0 ? "" : in.substring(at + text.length());
        if (after.matches("^ (administration|government|regime|era|doctrine|plan|line)\\b.*")) {
            return "modifier";
        }
        if (!text.contains(" ")) {
            return "bare-surname";
        }
        if (text.matches(".*\\p{Lu}\\p{Ll}?\\..*")) {
            return "initials";
        }
        if (text.matches(".*\\s\\p{Ll}.*|.*\\p{Ll}-\\p{Lu}.*")) {
            return "particle";
        }
        return "full-name";
    }

    private static String context(String in, String text) {
        int at = in.indexOf(text);
        return at < 0 ? "?" : in.substring(Math.max(0, at - 40), Math.min(in.length(), at + text.length() + 30));
    }
}
