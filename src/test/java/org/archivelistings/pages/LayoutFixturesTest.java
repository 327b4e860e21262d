package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout on a small page written for the test (no ../shared needed): the records, page facts and
 * rejects each .expected file lists, nothing more, and every line of the page accounted for.
 */
class LayoutFixturesTest {
    static String[] pages() {
        return Fixtures.PAGES;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void readsThePageAsExpected(String name) {
        ReadPage read = ReadPage.of(Fixtures.page(name));
        List<String> records = new ArrayList<>();
        List<String[]> rejects = new ArrayList<>();
        String layout = null;
        String title = null;
        String description = null;
        String counter = null;
        for (String line : Fixtures.expected(name).split("\n")) {
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            switch (key) {
                case "layout" -> layout = value;
                case "title" -> title = value;
                case "description" -> description = value;
                case "counter" -> counter = value;
                case "record" -> records.add(value);
                case "reject" -> rejects.add(value.split(" \\| ", 2));
                default -> throw new IllegalArgumentException(name + ": " + line);
            }
        }
        assertThat(read.facts().layout().name()).isEqualTo(layout);
        assertThat(read.facts().pageTitle()).isEqualTo(title);
        String shownDescription = read.facts().pageDescription();
        assertThat(shownDescription == null ? null : shownDescription.replace("\n\n", "¶")).isEqualTo(description);
        PageFacts f = read.facts();
        assertThat(f.counterFirst() == null ? null : f.counterFirst() + " " + f.counterLast() + " " + f.counterTotal())
                .isEqualTo(counter);
        assertThat(read.records().stream().map(Fixtures::show).toList()).containsExactlyElementsOf(records);
        assertThat(read.fragments()).hasSameSizeAs(rejects);
        for (int i = 0; i < rejects.size(); i++) {
            assertThat(read.fragments().get(i).reason()).isEqualTo(rejects.get(i)[0]);
            assertThat(read.fragments().get(i).rawText()).contains(rejects.get(i)[1]);
        }
        assertThat(read.conserved()).as("tally %s", read.tally()).isTrue();
        assertThat(PageDamage.lostLines(Fixtures.page(name), read)).isEmpty();
    }
}
