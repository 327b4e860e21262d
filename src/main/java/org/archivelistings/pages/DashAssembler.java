package org.archivelistings.pages;

/**
 * The old site's dash layout: "SEARCH RESULTS" (or "Documents", or a collection's title and description),
 * then records of single lines, DATE, TITLE, SUMMARY, with a "-" line between records. A separator starts
 * a record, and so does a date line after a title (a separator lost); lines before the date line of a
 * record are stray lines and are rejected; further summary lines that are not prose are rejected too.
 */
final class DashAssembler {
    private DashAssembler() {}

    static void assemble(PageBuilder out) {
        PageText page = out.page();
        int n = page.size();
        int first = 0;
        while (first < n && page.kind(first) != LineKind.SEPARATOR) {
            first++;
        }
        header(out, first);
        int i = first;
        while (i < n) {
            if (page.kind(i) == LineKind.SEPARATOR) {
                out.chrome(i++);
                continue;
            }
            int end = i;
            while (end < n && page.kind(end) != LineKind.SEPARATOR) {
                end++;
            }
            block(out, i, end);
            i = end;
        }
    }

    /** The lines {@code [from, to)} between two separators. */
    private static void block(PageBuilder out, int from, int to) {
        PageText page = out.page();
        int last = page.size() - 1;
        RecordDraft record = null;
        for (int k = from; k < to; k++) {
            LineKind kind = page.kind(k);
            if (kind.isChrome()) {
                out.chrome(k);
                continue;
            }
            if (kind == LineKind.COUNTER) {
                out.counter(k);
                continue;
            }
            boolean date = kind == LineKind.DATE || (kind == LineKind.CUT_DATE && record == null);
            if (date && (record == null || record.hasTitle())) {
                emit(out, record);
                record = new RecordDraft(k);
            } else if (record == null) {
                if (dateLater(page, k + 1, to)) {
                    out.reject(k, k + 1, Fragment.UNPLACED_TEXT);
                } else {
                    record = new RecordDraft(-1);
                    record.add(k, k);
                }
            } else if (!record.hasSummary()
                    || LineText.isProse(page.content(k))
                    || (k == last && !page.endedCleanly())) {
                record.add(k, k);
            } else {
                out.reject(k, k + 1, Fragment.UNPLACED_TEXT);
            }
        }
        emit(out, record);
    }

    private static boolean dateLater(PageText page, int from, int to) {
        for (int k = from; k < to; k++) {
            if (page.kind(k) == LineKind.DATE) {
                return true;
            }
        }
        return false;
    }

    private static void emit(PageBuilder out, RecordDraft record) {
        if (record != null) {
            out.emit(record, "\n");
        }
    }

    /** Lines {@code [0, end)} above the first separator. */
    private static void header(PageBuilder out, int end) {
        PageText page = out.page();
        boolean collection = false;
        for (int i = 0; i < end; i++) {
            LineKind kind = page.kind(i);
            if (kind.isChrome()) {
                collection |= kind == LineKind.NO_IMAGE;
                out.chrome(i);
            } else if (kind == LineKind.COUNTER) {
                out.counter(i);
            } else if (i == 0 && LineText.endsSentence(page.content(i))) {
                // A sentence opening the page: the tail of a record cut off by the start of the excerpt.
                int j = i;
                while (j + 1 < end && !page.kind(j + 1).isChrome() && page.kind(j + 1) != LineKind.COUNTER) {
                    j++;
                }
                out.reject(i, j + 1, Fragment.EXCERPT_STARTS_MID_RECORD);
                i = j;
            } else if (collection && !out.hasTitle()) {
                out.title(i, i);
            } else if (LineText.isProse(page.content(i))
                    || (i + 1 < end && page.kind(i + 1) == LineKind.TEXT && LineText.isProse(page.content(i + 1)))) {
                out.description(i, i); // a collection's title and description, above its list
            } else {
                out.reject(i, i + 1, Fragment.UNPLACED_TEXT);
            }
        }
    }
}
