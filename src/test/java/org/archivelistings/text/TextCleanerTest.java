package org.archivelistings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Letter from Shtykov to Kim Il-sung|Letter from Shtykov to Kim Il-sung|plain ASCII stays as it is",
        "Kim  Il   Sung|Kim Il Sung|inner runs of spaces collapse",
        "\"  Memorandum of Conversation \"|Memorandum of Conversation|ends are trimmed",
        "Report\tby\u00A0Pak|Report by Pak|tabs and no-break spaces are spaces",
        "Kim\u200BIl\u2060Sung|KimIlSung|zero-width characters are dropped, not spaces",
        "Cafe\u0301 society|Caf\u00E9 society|combining accents compose (NFC)",
        "Mao\u2019s visit|Mao\u2019s visit|curly quotes are kept",
        "\"\"|\"\"|the empty text stays empty",
    })
    void cleansEveryFieldTheSameWay(String raw, String clean, String why) {
        assertThat(TextCleaner.clean(raw)).as(why).isEqualTo(clean);
    }
}
