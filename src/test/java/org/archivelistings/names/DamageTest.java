package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCR confusions and typing slips in Korean and Chinese names (damage.tsv), repaired within the same surname and syllable structure. */
class DamageTest {
    private final Names names = Names.standard();
    private final Names rules = Names.withoutAuthority();

    @Test
    void damagedSpellingsLinkAndWellFormedOnesStayApart() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = SpellingsByRuleTest.rows("damage.tsv");
        for (String[] row : rows) {
            Names core = row[0].equals("ocr") ? rules : names;
            String damaged = core.resolve(row[1]).personId();
            String reference = core.resolve(row[2]).personId();
            boolean linked = damaged != null && damaged.equals(reference);
            if (linked != !row[0].equals("apart")) {
                failures.add(String.join(" ", row) + " (" + damaged + " vs " + reference + ")");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rows).hasSizeGreaterThan(15);
    }

    @Test
    void aSlipIsRepairedOnlyWhereTheSyllablesAreNotWellFormed() {
        // "Kim Chan-il" reads as two well-formed syllables: a name, not damage, even one letter from Chang-il.
        assertThat(names.resolve("Kim Chan-il").method()).isNotEqualTo("damaged");
        assertThat(names.resolve("Kim Il Sumg").method()).isEqualTo("damaged");
        // With the authority off there is nothing to repair towards.
        assertThat(rules.resolve("Kim Il Sumg").method()).isNotEqualTo("damaged");
    }
}
