package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of forms the mention finder must take or leave, on a fixture in this repository (no
 * ../shared): each row a record and the mentions it must give, families with a near miss beside them.
 */
class MentionFamiliesTest {
    private final Names names = Names.standard();

    @Test
    void eachFamilyOfMentionsIsFoundAndItsNearMissesAreNot() throws IOException {
        for (String[] row : SpellingsByRuleTest.rows("mention-families.tsv")) {
            String summary = row[1].equals("-") ? null : row[1];
            List<String> found = names.resolveRecord(row[0], summary, PageNames.empty()).stream()
                    .map(m -> m.field() + ":" + m.surface()).toList();
            List<String> expected = row.length < 3 || row[2].isBlank() ? List.of() : List.of(row[2].split("\\|"));
            assertThat(found).as(row[0] + " / " + summary).isEqualTo(expected);
        }
    }
}
