package org.archivelistings.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Conversation with the Delegation of the Korean Worker's Party | conversation with the delegation of the korean workers party",
        "Letter from Ri Sang–jo to N. S. Khrushchev | letter from ri sang jo to n s khrushchev",
        "  “Reception of the DPRK Ambassador”  | reception of the dprk ambassador",
        "Cable from Cde. Mikoyan | cable from cde mikoyan",
    })
    void foldsCaseQuotesDashesAndPunctuationButNotWords(String title, String folded) {
        assertThat(DocumentKey.normalizeTitle(title)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Letter from Ri Sang-jo to N.S. Khrushchev | LETTER FROM RI SANG-JO TO N. S. KHRUSHCHEV | true",
        "Telegram from A. Mikoyan | Draft Telegram from A. Mikoyan | false",
    })
    void sameDocumentOnlyWhenTheFoldedTitlesMatch(String a, String b, boolean same) {
        assertThat(DocumentKey.id("1956-09-18", a).equals(DocumentKey.id("1956-09-18", b))).isEqualTo(same);
    }
}
