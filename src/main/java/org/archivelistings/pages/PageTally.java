package org.archivelistings.pages;

/**
 * Where the non-blank lines of one page went. The reader checks {@code linesRead = linesInRecords +
 * linesPageFacts + linesChrome + linesRejected} itself, against its own count of the page's lines; lines
 * it failed to place are rejected with reason {@value Fragment#UNACCOUNTED} (counted in
 * {@code linesRejected} too), so the equation holds on every page and a reader bug still shows.
 *
 * @param linesRead non-blank lines of the page, as counted while reading it
 * @param linesInRecords lines in a record's date line, title or summary
 * @param linesPageFacts lines of the counter, page title or page description
 * @param linesChrome lines of the site's chrome (chrome.txt), separators and bare bullets
 * @param linesRejected lines in a {@link Fragment} (a reject), including the unaccounted ones
 * @param linesUnaccounted lines the reader did not place (a reader bug), rejected as {@value Fragment#UNACCOUNTED}
 */
public record PageTally(
        int linesRead,
        int linesInRecords,
        int linesPageFacts,
        int linesChrome,
        int linesRejected,
        int linesUnaccounted) {

    /** True when every line is in exactly one place: always, unless the reader itself is broken. */
    public boolean balanced() {
        return linesRead == linesInRecords + linesPageFacts + linesChrome + linesRejected;
    }

    /** The sum of two tallies (for a run's totals). */
    public PageTally plus(PageTally other) {
        return new PageTally(linesRead + other.linesRead, linesInRecords + other.linesInRecords,
                linesPageFacts + other.linesPageFacts, linesChrome + other.linesChrome,
                linesRejected + other.linesRejected, linesUnaccounted + other.linesUnaccounted);
    }

    public static PageTally empty() {
        return new PageTally(0, 0, 0, 0, 0, 0);
    }
}
