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

/** The families of families.tsv (our own expressions, several languages) and the warnings the dates command prints. */
class DateFamiliesTest {
    private static final DateNormalizer NORMALIZER = DateNormalizer.standard();

    static Stream<String> rows() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DateFamiliesTest.class.getResourceAsStream("families.tsv")),
                        StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream();
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
