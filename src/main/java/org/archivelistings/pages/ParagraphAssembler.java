package org.archivelistings.pages;

/**
 * The new site's layout (and its mirrors'): a header ("Skip to content", "Results:", the counter,
 * "Documents"; or a topic, person or places page's title, description and "Popular Documents"), then
 * records as blank-line separated paragraphs: DATE, TITLE, SUMMARY.
 *
 * <p>What starts a record is read from the page's rhythm: the usual number of blank lines before a date
 * line on this page (one, on every layout seen) is its paragraph gap. A date line starts a record; so
 * does a paragraph after a wider gap than that (an undated record: its empty date line shows as extra
 * blank lines), and the first paragraph after the header. Any other paragraph belongs to the record
 * being read: its title, its summary, or a further paragraph of the summary when it reads as prose (a
 * short stray line such as "Share" there is rejected). See docs/pages.md.
 */
final class ParagraphAssembler {
    private ParagraphAssembler() {}

    static void assemble(PageBuilder out) {
        PageText page = out.page();
        int n = page.size();
        int firstDate = n;
        for (int i = 0; i < n; i++) {
            if (page.kind(i) == LineKind.DATE) {
                firstDate = i;
                break;
            }
        }
        int heading = -1;
        for (int i = 0; i < firstDate; i++) {
            if (page.kind(i) == LineKind.LIST_HEADING) {
                heading = i;
            }
        }
        int skip = -1;
        for (int i = 0; i < (heading >= 0 ? heading : firstDate) && skip < 0; i++) {
            if (page.kind(i) == LineKind.SKIP_CHROME) {
                skip = i;
            }
        }
        if (skip > 0) {
            header(out, 0, skip - 1); // lines above "Skip to content": stray lines of a scrape
        }
        int from = skip + 1;
        while (from < firstDate && page.kind(from) == LineKind.SKIP_CHROME && page.gap(from) == 0) {
            from++; // "Skip to content" saved twice
        }
        boolean imageHeader = skip >= 0 && from < firstDate && page.gap(from) == 0 && isImageLine(page, from);
        if (heading >= 0 || imageHeader || isHeaderOnly(page, skip, firstDate)) {
            int end = heading >= 0 ? heading : firstDate - 1;
            topicHeader(out, from, end, skip >= 0);
            records(out, end + 1, true);
            return;
        }
        int end = from - 1;
        for (int i = from; i < firstDate; i++) {
            if (page.kind(i).isChrome() || page.kind(i) == LineKind.COUNTER) {
                end = i;
            }
        }
        header(out, skip + 1, end);
        if (skip >= 0) {
            out.chrome(skip);
        }
        records(out, end + 1, end >= 0);
    }

    /**
     * A page that is "Skip to content" and text, with no date line, counter or list chrome at all: a topic
     * or person page cut inside its description, before its list.
     */
    private static boolean isHeaderOnly(PageText page, int skip, int firstDate) {
        if (skip < 0 || firstDate < page.size()) {
            return false;
        }
        for (int i = skip + 1; i < page.size(); i++) {
            LineKind kind = page.kind(i);
            boolean listChrome = kind.isChrome() && kind != LineKind.SKIP_CHROME;
            if (kind == LineKind.COUNTER || kind == LineKind.CUT_DATE || listChrome) {
                return false;
            }
        }
        return true;
    }

    /** The line right under "Skip to content" on a topic or person page: its image's alt text or placeholder. */
    private static boolean isImageLine(PageText page, int i) {
        return page.kind(i) == LineKind.TEXT
                || (page.kind(i) == LineKind.CHROME && LineText.key(page.line(i).text()).contains("image"));
    }

    /** A search page's header lines {@code from..to}: chrome and counters; anything else is rejected. */
    private static void header(PageBuilder out, int from, int to) {
        PageText page = out.page();
        for (int i = from; i <= to; i++) {
            LineKind kind = page.kind(i);
            if (kind.isChrome() || kind == LineKind.SEPARATOR) {
                out.chrome(i);
            } else if (kind == LineKind.COUNTER) {
                out.counter(i);
            } else {
                out.reject(i, i + 1, Fragment.UNPLACED_TEXT);
            }
        }
    }

    /** A topic, person or places page's header {@code from..to}: image text, title, description, chrome. */
    private static void topicHeader(PageBuilder out, int from, int to, boolean afterSkip) {
        PageText page = out.page();
        for (int i = 0; i < from; i++) {
            if (page.kind(i) == LineKind.SKIP_CHROME) {
                out.chrome(i);
            }
        }
        int i = from;
        while (i <= to) {
            LineKind kind = page.kind(i);
            if (kind.isChrome() || kind == LineKind.SEPARATOR) {
                out.chrome(i);
                i++;
            } else if (kind == LineKind.COUNTER) {
                out.counter(i);
                i++;
            } else if ((afterSkip && out.imageText() == null && !out.hasTitle() && page.gap(i) == 0 && i > 0
                            && page.kind(i - 1) == LineKind.SKIP_CHROME)
                    || (out.imageText() != null && page.content(i).equals(out.imageText()))) {
                // Right under "Skip to content", no blank line between: the page image's alt text.
                out.imageText(i);
                i++;
            } else {
                int j = paragraphEnd(page, i, to);
                if (!out.hasTitle()) {
                    out.title(i, j);
                } else {
                    out.description(i, j);
                }
                i = j + 1;
            }
        }
    }

    private static void records(PageBuilder out, int from, boolean afterHeader) {
        PageText page = out.page();
        int n = page.size();
        int gap = paragraphGap(page, from);
        int i = from;
        if (!afterHeader) {
            // No header: an excerpt that starts mid-list. Text before the first record start is the tail
            // of a record whose beginning was cut away.
            int k = i;
            while (k < n && !isDateStart(page.kind(k)) && !(k > i && page.gap(k) > gap)) {
                if (page.kind(k).isChrome()) {
                    out.chrome(k);
                }
                k++;
            }
            out.reject(i, k, Fragment.EXCERPT_STARTS_MID_RECORD);
            i = k;
        }
        RecordDraft record = null;
        while (i < n) {
            LineKind kind = page.kind(i);
            if (kind.isChrome() || kind == LineKind.SEPARATOR) {
                out.chrome(i++);
                continue;
            }
            if (kind == LineKind.COUNTER) {
                out.counter(i++);
                continue;
            }
            if (kind == LineKind.DATE || (kind == LineKind.CUT_DATE && (record == null || record.hasSummary()))) {
                // A cut last line ("Octo") is a date line only where a record can start: right after a date
                // it is the title, right after a title the start of the summary.
                emit(out, record);
                record = new RecordDraft(i++);
                continue;
            }
            int j = paragraphEnd(page, i, n - 1);
            if (record == null || page.gap(i) > gap) {
                emit(out, record);
                record = new RecordDraft(-1);
                record.add(i, j);
            } else if (!record.hasSummary()) {
                record.add(i, j);
            } else if (LineText.isProse(out.text(i, j)) || (j == n - 1 && !page.endedCleanly())) {
                record.add(i, j);
            } else {
                out.reject(i, j + 1, Fragment.UNPLACED_TEXT);
            }
            i = j + 1;
        }
        emit(out, record);
    }

    private static boolean isDateStart(LineKind kind) {
        return kind == LineKind.DATE || kind == LineKind.CUT_DATE;
    }

    private static void emit(PageBuilder out, RecordDraft record) {
        if (record != null) {
            out.emit(record, "\n\n");
        }
    }

    /** The last line of the paragraph starting at {@code i}: the text lines right under it, no blank between. */
    private static int paragraphEnd(PageText page, int i, int limit) {
        int j = i;
        while (j + 1 <= limit && page.gap(j + 1) == 0 && isParagraphLine(page.kind(j + 1))) {
            j++;
        }
        return j;
    }

    private static boolean isParagraphLine(LineKind kind) {
        return kind == LineKind.TEXT || kind == LineKind.BULLET || kind == LineKind.CUT_DATE;
    }

    /** The page's paragraph gap: the commonest number of blank lines before its date lines (else its paragraphs). */
    static int paragraphGap(PageText page, int from) {
        int[] counts = new int[8];
        boolean any = false;
        for (int i = from + 1; i < page.size(); i++) {
            if (page.kind(i) == LineKind.DATE) {
                counts[Math.min(page.gap(i), 7)]++;
                any = true;
            }
        }
        for (int i = from + 1; i < page.size() && !any; i++) {
            counts[Math.min(page.gap(i), 7)]++;
        }
        int best = 1;
        for (int g = 1; g < counts.length; g++) {
            if (counts[g] > counts[best]) {
                best = g;
            }
        }
        return best;
    }
}
