package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Spellings the romanization rules reach on their own, so they are not in authority.tsv: each row of
 * spellings-by-rule.tsv must get the same person id as its reference spelling with the authority file
 * switched off; each row of different-people.tsv (people whose names romanize alike) must not.
 */
class SpellingsByRuleTest {
    private final Names rules = Names.withoutAuthority();

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(SpellingsByRuleTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        }
        return out;
    }

    @Test
    void everySpellingLinksToItsReferenceWithoutTheAuthority() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = rows("spellings-by-rule.tsv");
        for (String[] row : rows) {
            String reference = rules.resolve(row[0]).personId();
            String spelling = rules.resolve(row[1]).personId();
            if (reference == null || !reference.equals(spelling)) {
                failures.add(row[0] + " = " + row[1] + " (" + reference + " vs " + spelling + ")");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rows).hasSizeGreaterThan(30);
    }

    @Test
    void peopleWhoseNamesRomanizeAlikeStayApart() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String[] row : rows("different-people.tsv")) {
            String a = rules.resolve(row[0]).personId();
            String b = rules.resolve(row[1]).personId();
            if (a != null && a.equals(b)) {
                failures.add(row[0] + " / " + row[1] + " both " + a);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Prints which authority variants the rules reach (run by hand when the authority file changes). */
    @Test
    void reportsAuthorityVariantsTheRulesReach() {
        for (String line : NameTables.lines("authority.tsv")) {
            String[] f = line.split("\t", -1);
            for (String v : f[4].split("\\|")) {
                if (!v.isBlank()) {
                    // A bare surname is compared with the bare surname of the canonical form.
                    String reference = v.contains(" ") || v.contains(".") ? f[1] : f[1].substring(f[1].lastIndexOf(' ') + 1);
                    boolean reached = Objects.equals(rules.resolve(reference).personId(), rules.resolve(v).personId());
                    System.out.println((reached ? "reached\t" : "needed\t") + reference + "\t" + v);
                }
            }
        }
    }
}
