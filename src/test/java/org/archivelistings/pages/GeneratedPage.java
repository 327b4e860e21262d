package org.archivelistings.pages;

import java.util.List;

/**
 * A page written by {@link PageGenerator}, with what it holds.
 *
 * @param text the page
 * @param style how it was laid out (for messages)
 * @param records the records as the reader must give them: "DATE | TITLE | SUMMARY" (see {@link #show})
 * @param titles every record title on the page
 */
record GeneratedPage(String text, String style, List<String> records, List<String> titles) {
    static String show(ListingRecord r) {
        return r.dateLine() + " | " + r.title() + " | " + r.summary();
    }
}
