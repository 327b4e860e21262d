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

    @Test
    void rememberedAnswersAreTheAnswersWhicheverThreadAsksFirst() throws IOException {
        List<String[]> rows = new java.util.ArrayList<>(SpellingsByRuleTest.rows("mention-families.tsv"));
        rows.addAll(SpellingsByRuleTest.rows("mentions.tsv"));
        Names cold = Names.withoutAuthority();
        List<List<ResolvedMention>> first = rows.stream().map(r -> record(cold, r)).toList();
        Names shared = Names.withoutAuthority();
        for (int round = 0; round < 3; round++) {
            assertThat(rows.parallelStream().map(r -> record(shared, r)).toList()).isEqualTo(first);
        }
    }

    private static List<ResolvedMention> record(Names names, String[] row) {
        return names.resolveRecord(row[0], row[1].equals("-") ? null : row[1], PageNames.empty());
    }
}
