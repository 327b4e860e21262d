package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** wade-giles-pinyin.tsv, taken from cjklib, against a hand-copied sample of the published conversion table. */
class WadeGilesPinyinTableTest {

    private static Map<String, Set<String>> table() {
        Map<String, Set<String>> byWadeGiles = new HashMap<>();
        for (String line : NameTables.lines("wade-giles-pinyin.tsv")) {
            String[] f = line.split("\t");
            byWadeGiles.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        return byWadeGiles;
    }

    @Test
    void everySampledSyllableHasItsPublishedPinyin() throws IOException {
        Map<String, Set<String>> table = table();
        List<String[]> sample = SpellingsByRuleTest.rows("wade-giles-syllables.tsv");
        assertThat(sample).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        for (String[] row : sample) {
            if (!table.getOrDefault(row[0], Set.of()).contains(row[1])) {
                failures.add(row[0] + " -> " + table.get(row[0]) + ", published " + row[1]);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theTableCoversTheWholeSyllabary() {
        // ISO 7098 lists about 410 pinyin syllables; cjklib adds the old and dialect forms (third column 1).
        assertThat(table().size()).isBetween(400, 460);
    }
}
