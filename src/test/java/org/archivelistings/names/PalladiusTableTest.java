package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** palladius-pinyin.tsv, derived from the system's initials and finals, against a sample of its published table. */
class PalladiusTableTest {
    private final ChineseSyllables zh = new ChineseSyllables();

    @Test
    void derivedTableReadsEverySampledSyllableAsThePublishedTableDoes() throws IOException {
        List<String[]> sample = SpellingsByRuleTest.rows("palladius-syllables.tsv");
        assertThat(sample).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        for (String[] row : sample) {
            // The table keeps ü as v, as the pinyin keys do.
            List<String> read = zh.fromPalladius(row[0]);
            if (read == null || !read.equals(List.of(row[1].replace("ü", "v")))) {
                failures.add(row[0] + " -> " + read + ", published " + row[1]);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theExceptionHuiIsWrittenAsThePublishedTableWritesIt() {
        assertThat(zh.fromPalladius("Хуэй")).containsExactly("hui");
        assertThat(zh.fromPalladius("Хуэйлян")).containsExactly("hui", "liang");
    }
}
