package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The name core against ../shared/corpus/names_gold.tsv (skipped where absent): pairwise precision,
 * recall and F1 over all pairs of variants (with and without the alias rows, which only an authority
 * file can link), and title-stripping accuracy. Prints the figures.
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

    record Score(double precision, double recall, double f1, long tp, long fp, long fn) {}

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

    @Test
    void linksVariantsOfOnePersonAndKeepsDifferentPeopleApart() throws IOException {
        assumeTrue(Files.exists(GOLD), "../shared/corpus is not here");
        List<Row> rows = gold();
        Map<String, Resolution> resolved = Names.standard().resolveAll(rows.stream().map(Row::variant).toList());
        Score all = score(rows, resolved);
        Score noAlias = score(rows.stream().filter(r -> !r.alias()).toList(), resolved);
        long strippedOk = rows.stream().filter(r -> r.stripped().equals(resolved.get(r.variant()).stripped())).count();
        System.out.printf("names gold, all %d rows: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)%n", rows.size(),
                all.precision(), all.recall(), all.f1(), all.tp(), all.fp(), all.fn());
        System.out.printf("names gold, without alias rows: precision %.3f recall %.3f F1 %.3f%n", noAlias.precision(),
                noAlias.recall(), noAlias.f1());
        System.out.printf("title stripping: %d/%d exact (%.1f%%)%n", strippedOk, rows.size(), 100.0 * strippedOk / rows.size());
        for (Row r : rows) {
            Resolution res = resolved.get(r.variant());
            if (!Objects.equals(r.stripped(), res.stripped())) {
                System.out.println("  strip " + r.variant() + " -> " + res.stripped() + " (gold " + r.stripped() + ")");
            }
            System.out.println("  " + r.cluster() + "\t" + r.variant() + "\t-> " + res.personId() + " (" + res.method() + ")");
        }
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(noAlias.f1()).isGreaterThanOrEqualTo(0.80);
    }
}
