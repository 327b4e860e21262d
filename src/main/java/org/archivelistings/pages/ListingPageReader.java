package org.archivelistings.pages;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;

/**
 * Reads one saved listing page, whatever its layout, and accounts for every line of it. The page is
 * read whole (pages are small; an input file is never held), its layout recognised from the shape of
 * the whole page ({@link LayoutDetector}), and its lines assembled by that layout's rules into records,
 * page facts, chrome and rejects. Every non-blank line ends in exactly one of these; the reader checks
 * it against its own count of the page's lines, and rejects any line left over as
 * {@value Fragment#UNACCOUNTED} ({@link #tally()}).
 *
 * <p>See docs/pages.md for the layouts and the rules.
 */
public final class ListingPageReader implements AutoCloseable {
    private static final LineClassifier CLASSIFIER = new LineClassifier(SiteChrome.standard());

    private final Reader in;
    private PageFacts facts;
    private PageTally tally;
    private Iterator<PageEntry> entries;
    private int placedTwice;

    public ListingPageReader(Reader in) {
        this.in = in;
    }

    /** The page's own facts; reads the page on first call. */
    public PageFacts facts() throws IOException {
        read();
        return facts;
    }

    /** The next record or fragment, in page order, or null at the end of the page. */
    public PageEntry next() throws IOException {
        read();
        return entries.hasNext() ? entries.next() : null;
    }

    /**
     * Where the page's lines went. The whole page is read at the first call of any method, so the tally
     * is final from then on; a job takes it after the last entry.
     */
    public PageTally tally() throws IOException {
        read();
        return tally;
    }

    /** Lines the layouts placed twice (kept once in the tally): zero unless the reader is broken. */
    int linesPlacedTwice() {
        return placedTwice;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void read() throws IOException {
        if (facts != null) {
            return;
        }
        PageText page = PageText.read(in, CLASSIFIER);
        Layout layout = LayoutDetector.detect(page);
        PageBuilder out = new PageBuilder(page);
        switch (layout) {
            case BULLETED -> BulletedAssembler.assemble(out);
            case DASH -> DashAssembler.assemble(out);
            case PARAGRAPH -> ParagraphAssembler.assemble(out);
            default -> NoLayoutAssembler.assemble(out);
        }
        out.finish();
        facts = out.facts(layout);
        tally = out.tally();
        placedTwice = out.placedTwice();
        entries = out.entries().iterator();
    }
}
