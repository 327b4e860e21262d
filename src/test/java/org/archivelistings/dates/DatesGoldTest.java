package org.archivelistings.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The normalizer against ../shared/corpus/dates_gold.tsv (skipped where absent), scored on its two halves
 * (a row is "check" when the first byte of SHA-1 of its expression is odd, else "dev"): the misses of dev
 * rows are printed, check rows only give a score. A row counts when start, end and precision match; the
 * gold writes seasons, lists and centuries with precision "range", so our finer season, set and century
 * count as range there (the strict figure is printed too).
 */
class DatesGoldTest {
    static final Path GOLD = Path.of("..", "shared", "corpus", "dates_gold.tsv");

    @Test
    void normalizesTheGoldExpressions() throws Exception {
        assumeTrue(Files.exists(GOLD), "../shared/corpus is not here");
        DateNormalizer n = DateNormalizer.standard();
        List<String> lines = Files.readAllLines(GOLD);
        int[] rows = new int[2];
        int[] exact = new int[2];
        int[] strict = new int[2];
        int[] edtfOk = new int[2];
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            int half = check(f[0]) ? 1 : 0;
            rows[half]++;
            NormalizedDate context = f[1].isBlank() ? null : n.context(f[1]);
            NormalizedDate d = n.normalize(f[0], context);
            String start = d.start() == null ? "" : d.start().toString();
            String end = d.end() == null ? "" : d.end().toString();
            String precision = d.precision().name().toLowerCase(Locale.ROOT);
            boolean bounds = start.equals(f[3]) && end.equals(f[4]);
            boolean spans = bounds && (precision.equals(f[5]) || (f[5].equals("range") && coarser(d.precision())));
            boolean edtf = Objects.equals(d.edtf(), f[2].isEmpty() ? "XXXX" : f[2]);
            exact[half] += spans ? 1 : 0;
            strict[half] += bounds && precision.equals(f[5]) ? 1 : 0;
            edtfOk[half] += edtf ? 1 : 0;
            if (half == 0 && (!spans || !edtf)) {
                misses.add(String.format("%-60.60s got %s %s..%s %s | gold %s %s..%s %s", f[0], d.edtf(), start, end,
                        precision, f[2], f[3], f[4], f[5]));
            }
        }
        String[] names = {"dev", "check"};
        for (int h = 0; h < 2; h++) {
            System.out.printf("dates gold %s: %d rows; start/end/precision exact %d (%.1f%%; strict precision %d); "
                    + "EDTF exact %d (%.1f%%)%n",
                    names[h], rows[h], exact[h], 100.0 * exact[h] / rows[h], strict[h], edtfOk[h],
                            100.0 * edtfOk[h] / rows[h]);
        }
        misses.forEach(m -> System.out.println("  dev miss " + m));
        assertThat(exact[0] + exact[1]).as("start/end/precision exact rows").isGreaterThanOrEqualTo(160);
    }

    private static boolean coarser(Precision p) {
        return p == Precision.SEASON || p == Precision.SET || p == Precision.CENTURY;
    }

    static boolean check(String key) throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
        return (sha[0] & 1) == 1;
    }
}
