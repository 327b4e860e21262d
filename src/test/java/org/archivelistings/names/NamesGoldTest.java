package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The name core against ../shared/corpus/names_gold.tsv (skipped where absent): every variant resolved on
 * its own (no run-wide clustering), pairwise precision, recall and F1 over all pairs of variants, on the
 * dev and check halves (key: cluster), with the authority file and without it. Misses printed for dev only.
 */
class NamesGoldTest {
    static final Path GOLD = Path.of("..", "shared", "corpus", "names_gold.tsv");

    record Row(String variant, String stripped, String cluster, boolean alias) {}

    static List<Row> gold() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(GOLD);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], f[1], f[2], f[7].contains("alias")));
        }
        return rows;
    }

    record Score(double precision, double recall, double f1, long tp, long fp, long fn) {
        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision, recall, f1, tp, fp, fn);
        }
    }

    static Score score(List<Row> rows, Map<String, Resolution> resolved) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                boolean same = rows.get(i).cluster().equals(rows.get(j).cluster());
                String a = resolved.get(rows.get(i).variant()).personId();
                String b = resolved.get(rows.get(j).variant()).personId();
                boolean linked = a != null && a.equals(b);
                if (same && linked) {
                    tp++;
                } else if (linked) {
                    fp++;
                } else if (same) {
                    fn++;
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, fn);
    }

    private static Map<String, Resolution> resolveEach(Names names, List<Row> rows) {
        Map<String, Resolution> out = new HashMap<>();
        rows.forEach(r -> out.put(r.variant(), names.resolve(r.variant())));
        return out;
    }

    @Test
    void linksVariantsOfOnePersonAndKeepsDifferentPeopleApart() throws IOException {
        assumeTrue(Files.exists(GOLD), "../shared/corpus is not here");
        List<Row> rows = gold();
        List<Row> dev = rows.stream().filter(r -> !Halves.isCheck(r.cluster())).toList();
        List<Row> check = rows.stream().filter(r -> Halves.isCheck(r.cluster())).toList();
        Map<String, Resolution> with = resolveEach(Names.standard(), rows);
        Map<String, Resolution> without = resolveEach(Names.withoutAuthority(), rows);
        for (String half : List.of("dev", "check")) {
            List<Row> h = half.equals("dev") ? dev : check;
            List<Row> noAlias = h.stream().filter(r -> !r.alias()).toList();
            System.out.printf("names gold %s (%d rows), authority on: %s%n", half, h.size(), score(h, with));
            System.out.printf("names gold %s, authority on, no alias rows: %s%n", half, score(noAlias, with));
            System.out.printf("names gold %s, authority OFF, no alias rows: %s%n", half, score(noAlias, without));
            // What the romanization rules reach: a bare surname names someone only through its record, page or the authority.
            List<Row> full = noAlias.stream().filter(r -> {
                ParsedName p = Names.standard().parse(r.variant());
                return !p.givenKey().isEmpty() || !p.initials().isEmpty();
            }).toList();
            System.out.printf("names gold %s, authority OFF, no alias rows, no bare surnames (%d rows): %s%n", half, full.size(),
                    score(full, without));
        }
        long strippedOk = dev.stream().filter(r -> r.stripped().equals(with.get(r.variant()).stripped())).count();
        long checkStripped = check.stream().filter(r -> r.stripped().equals(with.get(r.variant()).stripped())).count();
        long checkUnresolved = check.stream().filter(r -> with.get(r.variant()).personId() == null).count();
        System.out.printf("title stripping dev: %d/%d exact; check: %d/%d exact, %d check variants without an id%n",
                strippedOk, dev.size(), checkStripped, check.size(), checkUnresolved);
        Map<String, String> firstId = new HashMap<>();
        for (Row r : dev) {
            Resolution res = with.get(r.variant());
            if (!r.stripped().equals(res.stripped())) {
                System.out.println("  strip " + r.variant() + " -> " + res.stripped() + " (gold " + r.stripped() + ")");
            }
            String before = firstId.putIfAbsent(r.cluster(), String.valueOf(res.personId()));
            if (before != null && !before.equals(String.valueOf(res.personId()))) {
                System.out.println("  split " + r.cluster() + "\t" + r.variant() + "\t-> " + res.personId() + " ("
                        + res.method() + "), first " + before + "  [off: " + without.get(r.variant()).personId() + "]");
            }
        }
        Map<String, String> firstOff = new HashMap<>();
        for (Row r : dev) {
            String id = String.valueOf(without.get(r.variant()).personId());
            String before = firstOff.putIfAbsent(r.cluster(), id);
            if (before != null && !before.equals(id) && !r.alias()) {
                System.out.println("  split (authority off) " + r.cluster() + "\t" + r.variant() + "\t-> " + id + ", first " + before);
            }
        }
        assertThat(score(dev, with).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score(check, with).precision()).isGreaterThanOrEqualTo(0.95);
    }
}
