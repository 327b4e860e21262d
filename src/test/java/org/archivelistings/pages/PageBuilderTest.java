package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's own checks: lines no layout placed, lines placed twice, the counter against the records. */
class PageBuilderTest {
    private static PageBuilder builder(String text) throws IOException {
        return new PageBuilder(PageText.read(new StringReader(text), new LineClassifier(SiteChrome.standard())));
    }

    @Test
    void linesNoLayoutPlacedAreRejectedAsUnaccountedWithTheirExactText() throws IOException {
        PageBuilder out = builder("Skip to content\n\n1 - 2 of 2\n\nFirst lost line\n  second lost line\n\n\nthird\n");
        out.chrome(0);
        out.counter(1);
        out.finish();
        List<PageEntry> entries = out.entries();
        assertThat(entries).containsExactly(
                new Fragment(5, Fragment.UNACCOUNTED, "First lost line\n  second lost line\n\n\nthird"),
                new Fragment(3, Fragment.COUNTER_MISMATCH,
                        "the counter \"1 - 2 of 2\" promises 2 records; the page gave 0: 2 missing"));
        assertThat(out.tally()).isEqualTo(new PageTally(5, 0, 1, 1, 3, 3));
        assertThat(out.tally().balanced()).isTrue();
    }

    @Test
    void aLinePlacedTwiceIsCountedOnceAndReported() throws IOException {
        PageBuilder out = builder("Skip to content\n");
        out.chrome(0);
        out.chrome(0);
        out.finish();
        assertThat(out.tally()).isEqualTo(new PageTally(1, 0, 0, 1, 0, 0));
        assertThat(out.placedTwice()).isEqualTo(1);
    }

    @Test
    void aWholePageWithFewerRecordsThanItsCounterSaysHowManyAreMissing() {
        String page = "Skip to content\n\n1 - 3 of 3\n\nMay 1, 1960\n\nNote on the Dam\n\nThe dam is repaired.\n";
        assertThat(ReadPage.of(page).fragments()).containsExactly(new Fragment(3, Fragment.COUNTER_MISMATCH,
                "the counter \"1 - 3 of 3\" promises 3 records; the page gave 1: 2 missing"));
        String more = "Skip to content\n\n5 - 5 of 9\n\nMay 1, 1960\n\nNote on the Dam\n\nThe dam is repaired.\n\n"
                + "May 2, 1960\n\nNote on the Bridge\n\nThe bridge is repaired.\n";
        assertThat(ReadPage.of(more).fragments(Fragment.COUNTER_MISMATCH).get(0).rawText())
                .endsWith("the page gave 2: 1 more than the counter says");
    }

    @Test
    void aCutPageIsNotHeldToItsCounter() {
        String page = "Skip to content\n\n1 - 3 of 3\n\nMay 1, 1960\n\nNote on the Dam\n\nThe dam is rep";
        ReadPage read = ReadPage.of(page);
        assertThat(read.fragments()).isEmpty();
        assertThat(read.records().get(0).truncated()).isTrue();
    }

    @Test
    void aPageOfChromeOrNothingStillGivesARow() {
        assertThat(ReadPage.of("").fragments()).containsExactly(new Fragment(0, Fragment.NO_RECORDS,
                "the page holds no record: 0 non-blank lines, 0 of chrome, 0 of page facts"));
        ReadPage chrome = ReadPage.of("Skip to content\n\nRESULTS:\n");
        assertThat(chrome.fragments()).extracting(Fragment::reason).containsExactly(Fragment.NO_RECORDS);
        assertThat(chrome.tally()).isEqualTo(new PageTally(2, 0, 0, 2, 0, 0));
    }

    @Test
    void theTallyOfAPageCountsEachPlace() {
        ReadPage read = ReadPage.of(Fixtures.page("new-results"));
        // Skip to content, Results:, Documents are chrome; the counter a fact; 3 dates, 3 titles and 3
        // summary paragraphs (the first summary has two) are in records.
        assertThat(read.tally()).isEqualTo(new PageTally(13, 9, 1, 3, 0, 0));
        ReadPage bulleted = ReadPage.of(Fixtures.page("bulleted-collection"));
        // The last bullet holds nothing (cut): chrome, with the four chrome lines; title and description facts.
        assertThat(bulleted.tally()).isEqualTo(new PageTally(16, 9, 2, 5, 0, 0));
    }
}
