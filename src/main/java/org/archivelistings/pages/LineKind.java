package org.archivelistings.pages;

/** What a non-blank line of a page is by its own shape, before the layout decides its role. */
enum LineKind {
    /** A date line of a record ("September 15, 1959", "October 1976", "1971"). */
    DATE,
    /** The last line of a cut text that can be the beginning of a date line ("Octo", "October 05, 195"). */
    CUT_DATE,
    /** The list's counter ("21 - 30 of 42"). */
    COUNTER,
    /** An old-site bullet ("  • DATE", or a bare bullet). */
    BULLET,
    /** The dash layout's "-" between records. */
    SEPARATOR,
    /** "Skip to content": the first line of the new site's pages. */
    SKIP_CHROME,
    /** "Popular Documents" or "Timeline": the end of a topic, person or places page's header. */
    LIST_HEADING,
    /** "No image found.": on old-site collection pages, the collection's title follows. */
    NO_IMAGE,
    /** Any other line of the site's chrome (chrome.txt). */
    CHROME,
    /** Anything else: a title, a summary, a description, or a line nobody expected. */
    TEXT;

    /** Chrome of every layout (the "-" and bullet glyphs are chrome only where their layout says). */
    boolean isChrome() {
        return this == SKIP_CHROME || this == LIST_HEADING || this == NO_IMAGE || this == CHROME;
    }
}
