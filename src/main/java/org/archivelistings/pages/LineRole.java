package org.archivelistings.pages;

/** Where a line of a page ended: one of these, exactly once, for every non-blank line. */
enum LineRole {
    RECORD,
    PAGE_FACT,
    CHROME,
    REJECTED
}
