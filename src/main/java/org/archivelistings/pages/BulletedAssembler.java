package org.archivelistings.pages;

/**
 * The old site's bulleted layout: chrome ("Search in", "Digital Archive International History
 * Declassified"...), on collection pages "No image found." and the collection's title and description,
 * then records as "  • DATE" with the title and summary paragraphs indented under it. A bullet starts a
 * record (a bare bullet: an undated one); the indented paragraphs under it are its title and summary.
 * Indentation is the structure here, so an unindented line among the records is not part of one: it is
 * rejected.
 */
final class BulletedAssembler {
    /** Columns of indentation of a record's title and summary (four on the site; two is enough to tell). */
    private static final int RECORD_INDENT = 2;
    /** Text this indented above the first bullet is the tail of a record cut by the start of the excerpt. */
    private static final int CUT_RECORD_INDENT = 3;

    private BulletedAssembler() {}

    static void assemble(PageBuilder out) {
        PageText page = out.page();
        int n = page.size();
        int first = 0;
        while (first < n && page.kind(first) != LineKind.BULLET) {
            first++;
        }
        header(out, first);
        RecordDraft record = null;
        int lastContent = -2;
        for (int i = first; i < n; i++) {
            LineKind kind = page.kind(i);
            if (kind == LineKind.BULLET) {
                emit(out, record);
                record = new RecordDraft(i);
                lastContent = -2;
            } else if (kind.isChrome() || kind == LineKind.SEPARATOR) {
                out.chrome(i);
            } else if (kind == LineKind.COUNTER) {
                out.counter(i);
            } else if (lastContent == i - 1 && page.gap(i) == 0) {
                record.extend(i);
                lastContent = i;
            } else if (page.indent(i) >= RECORD_INDENT) {
                record.add(i, i);
                lastContent = i;
            } else {
                out.reject(i, i + 1, Fragment.UNPLACED_TEXT);
            }
        }
        emit(out, record);
    }

    private static void emit(PageBuilder out, RecordDraft record) {
        if (record == null) {
            return;
        }
        if (!record.hasTitle() && out.page().afterBullet(record.dateLine()).isEmpty()) {
            out.chrome(record.dateLine()); // a bare bullet where the excerpt was cut: nothing of the record left
        } else {
            out.emit(record, "\n\n");
        }
    }

    /** Lines {@code [0, end)} above the first bullet. */
    private static void header(PageBuilder out, int end) {
        PageText page = out.page();
        boolean collection = false;
        int i = 0;
        while (i < end) {
            LineKind kind = page.kind(i);
            if (kind == LineKind.NO_IMAGE) {
                collection = true; // the collection's title and description follow
                out.chrome(i++);
                continue;
            }
            if (kind.isChrome() || kind == LineKind.SEPARATOR) {
                out.chrome(i++);
                continue;
            }
            if (kind == LineKind.COUNTER) {
                out.counter(i++);
                continue;
            }
            int j = i;
            while (j + 1 < end && page.gap(j + 1) == 0 && !page.kind(j + 1).isChrome()) {
                j++;
            }
            if (collection) {
                if (!out.hasTitle()) {
                    out.title(i, j);
                } else {
                    out.description(i, j);
                }
            } else if (page.indent(i) >= CUT_RECORD_INDENT) {
                while (j + 1 < end && page.indent(j + 1) >= CUT_RECORD_INDENT && !page.kind(j + 1).isChrome()) {
                    j++;
                }
                out.reject(i, j + 1, Fragment.EXCERPT_STARTS_MID_RECORD);
            } else {
                out.reject(i, j + 1, Fragment.UNPLACED_TEXT);
            }
            i = j + 1;
        }
    }
}
