package org.archivelistings.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The families of the families*.tsv files (our own expressions, in every lexicon language) and the warnings
 * the dates command prints.
 */
class DateFamiliesTest {
    private static final DateNormalizer NORMALIZER = DateNormalizer.standard();

    /** One file a family group, so each stays small and says what it holds. */
    static final List<String> FILES = List.of("families.tsv", "families-lists.tsv", "families-open-ends.tsv",
            "families-centuries-decades.tsv", "families-seasons-parts.tsv", "families-days-ranges.tsv",
            "families-forms.tsv", "families-date-lines.tsv", "families-languages.tsv", "families-traps.tsv", "families-forms-2.tsv",
            "families-or-earlier-later.tsv", "families-ukrainian.tsv",
            "families-apostrophe-years.tsv", "families-quarters.tsv", "families-holidays.tsv", "families-damaged.tsv");

    static Stream<String> rows() throws IOException {
        Stream<String> all = Stream.empty();
        for (String file : FILES) {
            all = Stream.concat(all, rows(file).stream());
        }
        return all;
    }

    private static List<String> rows(String file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DateFamiliesTest.class.getResourceAsStream(file), file),
                        StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void everyFamilyFileHoldsRows() throws IOException {
        for (String file : FILES) {
            assertThat(rows(file)).as(file).hasSizeGreaterThan(30);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheFamily(String row) {
        String[] f = row.split("\t", -1);
        NormalizedDate context = f[1].isEmpty() ? null : NORMALIZER.context(f[1]);
        NormalizedDate d = NORMALIZER.normalize(f[0], context);
        assertThat(d.start() == null ? "" : d.start().toString()).as("start of " + f[0]).isEqualTo(f[2]);
        assertThat(d.end() == null ? "" : d.end().toString()).as("end of " + f[0]).isEqualTo(f[3]);
        assertThat(d.precision().name().toLowerCase(Locale.ROOT)).as("precision of " + f[0]).isEqualTo(f[4]);
    }

    @Test
    void theDatesCommandPrintsWarnings() throws IOException {
        StringWriter out = new StringWriter();
        DatesTool.run(new BufferedReader(new StringReader("4/5/1956\nWednesday, June 4, 1956\n1956-06-04\n")), out);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).contains("\"warnings\":[\"ambiguous day/month order\"]");
        assertThat(lines[1]).contains("\"warnings\":[\"conflicting parts\"]");
        assertThat(lines[2]).contains("\"warnings\":[]");
    }
}
