package org.archivelistings.pages;

/**
 * Text on a page that could not become part of a record, a page fact or known chrome, or a finding
 * about the page (a counter that disagrees with the records read). It goes to the rejects table with
 * its reason, so nothing is lost silently.
 *
 * @param line 1-based line of the page where the text starts
 * @param reason one of the constants below
 * @param rawText the page's lines exactly as saved (blank lines between them kept; line ends as "\n"),
 *     or, for {@value #COUNTER_MISMATCH} and {@value #NO_RECORDS}, what was found
 */
public record Fragment(int line, String reason, String rawText) implements PageEntry {
    /** A line the reader could not place: a stray interface word, a line inside the header nobody expected. */
    public static final String UNPLACED_TEXT = "unplaced-text";
    /** Lines the reader failed to place at all (a reader bug): found by the page's own line count. */
    public static final String UNACCOUNTED = "unaccounted";
    /** On a page that is not cut, the records read differ from the counter's range. */
    public static final String COUNTER_MISMATCH = "counter-mismatch";
    /** The excerpt starts inside a record (the tail of a summary, a title whose date was cut away). */
    public static final String EXCERPT_STARTS_MID_RECORD = "excerpt-starts-mid-record";
    /**
     * A page that gave neither a record nor a reject (only chrome and page facts, or nothing at all): said
     * so that no page disappears from the outputs without a row.
     */
    public static final String NO_RECORDS = "no-records";
    /** The page has no listing layout (a document page, another archive's page). */
    public static final String NO_LISTING_LAYOUT = "no-listing-layout";
}
