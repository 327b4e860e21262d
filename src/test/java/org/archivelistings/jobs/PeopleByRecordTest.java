package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleByRecordTest {
    @TempDir
    Path dir;

    @Test
    void givesEachRecordItsSortedDistinctPeopleInRecordOrder() throws IOException {
        String odd = "odd\\name\twith\ttabs\nand lines\r.txt:3";
        try (PeopleByRecord.Writer w = PeopleByRecord.writer(dir)) {
            w.add("a.txt:1", "mao_zedong");
            w.add("a.txt:1", null);
            w.add("a.txt:1", "kim_il_sung");
            w.add("a.txt:1", "mao_zedong");
            w.add("a.txt:2", null); // a mention nobody resolved: no line
            w.add(odd, "x_pak_il_u");
            w.add("b/c.txt#2:1", "mikoyan");
        }
        try (PeopleByRecord people = new PeopleByRecord(dir)) {
            assertThat(people.of("a.txt:1")).containsExactly("kim_il_sung", "mao_zedong");
            assertThat(people.of("a.txt:2")).isEmpty();
            assertThat(people.of("a.txt:3")).isEmpty();
            assertThat(people.of(odd)).containsExactly("x_pak_il_u");
            assertThat(people.of("b/c.txt#2:1")).containsExactly("mikoyan");
            assertThat(people.of("z.txt:1")).isEmpty();
        }
    }

    @Test
    void escapesOnlyWhatWouldBreakALine() {
        assertThat(PeopleByRecord.escape("00001/page-1.txt:4")).isEqualTo("00001/page-1.txt:4");
        for (String key : new String[] {"a\\b", "a\nb", "a\rb", "\\n", "tail\\"}) {
            String escaped = PeopleByRecord.escape(key);
            assertThat(escaped).doesNotContain("\n", "\r");
            assertThat(PeopleByRecord.unescape(escaped)).isEqualTo(key);
        }
    }
}
