package org.archivelistings.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The normalizer against ../shared/corpus/dates_gold.tsv (skipped where absent). Expressions tagged
 * [title] or holding running text are read with {@link DateNormalizer#extract} (the first date found),
 * the others with {@link DateNormalizer#normalize}; rows with a context column get that context. Prints
 * the share of rows whose start, end and precision match exactly and the share whose EDTF matches,
 * and every row missed.
 */
class DatesGoldTest {
    static final Path GOLD = Path.of("..", "shared", "corpus", "dates_gold.tsv");

    @Test
    void normalizesTheGoldExpressions() throws Exception {
        assumeTrue(Files.exists(GOLD), "../shared/corpus is not here");
        DateNormalizer n = DateNormalizer.standard();
        List<String> lines = Files.readAllLines(GOLD);
        int rows = 0;
        int exact = 0;
        int edtfOk = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows++;
            NormalizedDate context = f[1].isBlank() ? null : n.context(f[1]);
            NormalizedDate d = n.normalize(f[0], context);
            String start = d.start() == null ? "" : d.start().toString();
            String end = d.end() == null ? "" : d.end().toString();
            String precision = d.precision().name().toLowerCase(Locale.ROOT);
            boolean spans = start.equals(f[3]) && end.equals(f[4]) && precision.equals(f[5]);
            boolean edtf = Objects.equals(d.edtf(), f[2].isEmpty() ? "XXXX" : f[2]);
            exact += spans ? 1 : 0;
            edtfOk += edtf ? 1 : 0;
            if (!spans || !edtf) {
                misses.add(String.format("%-60.60s got %s %s..%s %s | gold %s %s..%s %s", f[0], d.edtf(), start, end,
                        precision, f[2], f[3], f[4], f[5]));
            }
        }
        System.out.printf("dates gold: %d rows; start/end/precision exact %d (%.1f%%); EDTF exact %d (%.1f%%)%n", rows,
                exact, 100.0 * exact / rows, edtfOk, 100.0 * edtfOk / rows);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(exact).as("start/end/precision exact rows").isGreaterThanOrEqualTo(160);
    }
}
