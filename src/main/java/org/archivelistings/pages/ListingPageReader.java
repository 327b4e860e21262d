package org.archivelistings.pages;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Streams the entries of one saved listing page, whatever its layout. Reads line by line with a
 * small lookahead, so memory does not grow with the page.
 *
 * <p>PLACEHOLDER API: implemented on the pages branch.
 */
public final class ListingPageReader implements AutoCloseable {
    private final BufferedReader in;

    public ListingPageReader(BufferedReader in) {
        this.in = in;
    }

    /** The page's own facts; reads the page header on first call. */
    public PageFacts facts() throws IOException {
        throw new UnsupportedOperationException("pages branch");
    }

    /** The next record or fragment, or null at the end of the page. */
    public PageEntry next() throws IOException {
        throw new UnsupportedOperationException("pages branch");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
