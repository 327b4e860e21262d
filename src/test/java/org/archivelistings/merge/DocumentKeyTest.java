package org.archivelistings.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // undated, same title: one document only when the summaries fold alike
        "Memorandum of Conversation | Talk with Kim Il Sung. | f.txt:1 | Memorandum of Conversation | Talk with Kim Il Sung | g.txt:4 | true",
        "Memorandum of Conversation | Talk with Kim Il Sung. | f.txt:1 | Memorandum of Conversation | Talk with Mao Zedong. | f.txt:2 | false",
        // undated, no summary: nothing says two sightings are one document
        "Memorandum of Conversation | null | f.txt:1 | Memorandum of Conversation | null | f.txt:2 | false",
        "Memorandum of Conversation | null | f.txt:1 | Memorandum of Conversation | null | f.txt:1 | true",
    })
    void undatedRecordsWithOneTitleAreOneDocumentOnlyWithTheSameSummary(String titleA, String summaryA, String keyA,
            String titleB, String summaryB, String keyB, boolean same) {
        String a = DocumentKey.forRecord("", titleA, summaryA, keyA);
        String b = DocumentKey.forRecord("", titleB, summaryB, keyB);
        assertThat(a.equals(b)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1956-09-18", "1950s", "Summer 1956"})
    void aDatedRecordIsIdentifiedByDateAndTitleAlone(String date) {
        assertThat(DocumentKey.forRecord(date, "Memorandum of Conversation", "one summary", "f.txt:1"))
                .isEqualTo(DocumentKey.forRecord(date, "Memorandum of Conversation", "another summary", "g.txt:9"))
                .isEqualTo(DocumentKey.id(date, "Memorandum of Conversation"));
    }
    @Test
    void theAsciiShortcutFoldsExactlyAsTheGeneralFold() {
        String alphabet = "aZm09 '`-.,\t\"()[]/'' x";
        SplittableRandom random = new SplittableRandom(1956);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(DocumentKey.foldAscii(t)).as("'%s'", t).isEqualTo(DocumentKey.fold(t));
        }
        for (char c = 0; c < 128; c++) {
            String t = "Ab" + c + "cD " + c + "e";
            assertThat(DocumentKey.foldAscii(t)).as("char %d", (int) c).isEqualTo(DocumentKey.fold(t));
        }
    }
}
