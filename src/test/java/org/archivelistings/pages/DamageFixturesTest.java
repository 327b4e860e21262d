package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of damage on the layout fixtures: the records read from the damaged page are those of the
 * clean page, and the only new rejects are the stray lines; a line saved twice or lost, or a cut at any
 * character, loses no line.
 */
class DamageFixturesTest {
    private static final String[] WITH_HEADER = {"bulleted", "bulleted-collection", "dash", "dash-documents",
        "new-mirror-counter", "new-results", "topic", "person", "places", "undated-first-no-counter"};
    /** Pages whose second record is dated and follows a summary (a stray line there cannot be a summary). */
    private static final String[] STRAY_BETWEEN = {"bulleted", "bulleted-collection", "dash", "dash-documents",
        "new-mirror-counter", "new-results", "topic", "places"};
    /** Pages that end with a complete summary and a line end. */
    private static final String[] STRAY_AFTER = {"new-results", "person", "places", "bulleted-excerpt"};
    /**
     * Pages read from their records' structure alone, not from their chrome (so chrome can go missing).
     * Not the topic, person and places pages: without "Skip to content" and "Popular Documents" their
     * header, or their first undated record, reads as an excerpt's start.
     */
    private static final String[] CHROME_OPTIONAL = {"bulleted", "bulleted-collection", "dash", "dash-documents",
        "new-mirror-counter", "new-results", "mid-list"};

    static Stream<Arguments> damages() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : WITH_HEADER) {
            cases.add(Arguments.of(page, "stray line above the header", 1));
            cases.add(Arguments.of(page, "chrome in capitals", 0));
            cases.add(Arguments.of(page, "chrome saved twice", 0));
        }
        for (String page : STRAY_BETWEEN) {
            cases.add(Arguments.of(page, "stray line between records", 1));
        }
        for (String page : STRAY_AFTER) {
            cases.add(Arguments.of(page, "stray line after the records", 1));
        }
        for (String page : CHROME_OPTIONAL) {
            cases.add(Arguments.of(page, "chrome missing", -1));
        }
        for (String page : Fixtures.PAGES) {
            cases.add(Arguments.of(page, "CRLF", 0));
            cases.add(Arguments.of(page, "tab indents", 0));
            cases.add(Arguments.of(page, "no-break spaces", 0));
            cases.add(Arguments.of(page, "byte-order mark", 0));
        }
        return cases.stream();
    }

    /** {@code extraRejects}: unplaced-text fragments the damage adds; -1: any number (chrome lost, text unplaced). */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("damages")
    void recordsSurviveTheDamage(String page, String damage, int extraRejects) {
        String clean = Fixtures.page(page);
        String damaged = damage(damage, clean, ReadPage.of(clean)).apply(clean);
        ReadPage before = ReadPage.of(clean);
        ReadPage after = ReadPage.of(damaged);
        assertThat(shown(after)).as(damaged).containsExactlyElementsOf(shown(before));
        assertThat(after.facts().counterFirst()).isEqualTo(before.facts().counterFirst());
        List<Fragment> added = new ArrayList<>(after.fragments(Fragment.UNPLACED_TEXT));
        added.removeAll(before.fragments(Fragment.UNPLACED_TEXT));
        if (extraRejects >= 0) {
            assertThat(added).hasSize(extraRejects);
            assertThat(after.fragments().size()).isEqualTo(before.fragments().size() + extraRejects);
            assertThat(String.valueOf(after.facts().pageTitle()).replace('\u00A0', ' '))
                    .isEqualTo(String.valueOf(before.facts().pageTitle()));
        }
        if (extraRejects == 1) {
            assertThat(added.get(0).rawText()).isIn(PageDamage.STRAY_LINES);
        }
        assertThat(after.conserved()).as("tally %s", after.tally()).isTrue();
        assertThat(PageDamage.lostLines(damaged, after)).isEmpty();
    }

    @Test
    void aLineSavedTwiceOrLostLosesNoOtherLine() {
        for (String page : Fixtures.PAGES) {
            List<String> lines = List.of(Fixtures.page(page).split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                List<String> twice = new ArrayList<>(lines);
                twice.add(i, lines.get(i));
                List<String> lost = new ArrayList<>(lines);
                lost.remove(i);
                for (List<String> damaged : List.of(twice, lost)) {
                    String text = String.join("\n", damaged);
                    ReadPage read = ReadPage.of(text);
                    assertThat(read.conserved()).as(page + " line " + i).isTrue();
                    assertThat(PageDamage.lostLines(text, read)).as(page + " line " + i).isEmpty();
                }
            }
        }
    }

    @Test
    void aCutAtAnyCharacterLosesNoLine() {
        for (String page : Fixtures.PAGES) {
            String text = Fixtures.page(page);
            for (int end = 0; end <= text.length(); end++) {
                String cut = text.substring(0, end);
                ReadPage read = ReadPage.of(cut);
                assertThat(read.conserved()).as(page + " cut at " + end).isTrue();
                assertThat(PageDamage.lostLines(cut, read)).as(page + " cut at " + end).isEmpty();
            }
        }
    }

    private static List<String> shown(ReadPage read) {
        return read.records().stream().map(Fixtures::show).map(s -> s.replace('\u00A0', ' ')).toList();
    }

    private static UnaryOperator<String> damage(String name, String clean, ReadPage read) {
        return switch (name) {
            case "stray line above the header" -> t -> "Cookie settings\n" + t;
            case "stray line between records" -> t -> insertBefore(t, read.records().get(1).dateLine(), "Share");
            case "stray line after the records" -> t -> t + "\nPrint\n";
            case "chrome in capitals" -> t -> eachChromeLine(t, l -> l.toUpperCase(Locale.ROOT));
            case "chrome saved twice" -> t -> eachChromeLine(t, l -> l + "\n" + l);
            case "chrome missing" -> t -> eachChromeLine(t, l -> l.strip().length() > 1 ? "" : l);
            case "CRLF" -> t -> t.replace("\n", "\r\n");
            case "tab indents" -> t -> t.replaceAll("(?m)^ +", "\t");
            case "no-break spaces" -> t -> t.replace(' ', '\u00A0');
            case "byte-order mark" -> t -> "\uFEFF" + t;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String insertBefore(String text, String line, String stray) {
        int at = text.indexOf("\n" + line) + 1;
        String gap = text.contains("\n\n") ? "\n\n" : "\n";
        return text.substring(0, at) + stray + gap + text.substring(at);
    }

    private static String eachChromeLine(String text, UnaryOperator<String> change) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(SiteChrome.standard().contains(LineText.key(line)) ? change.apply(line) : line);
        }
        return sb.toString();
    }
}
