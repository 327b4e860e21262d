package org.archivelistings.pages;

import java.util.ArrayList;
import java.util.List;
import org.archivelistings.pages.RecordDraft.Span;

/**
 * What the layouts make of a page: its facts, its entries in page order, and the {@link Ledger} of where
 * every line went. Every way a layout can dispose of a line goes through here, so nothing is placed
 * without being counted, and {@link #finish} can find the lines no layout placed.
 */
final class PageBuilder {
    private final PageText page;
    private final Ledger ledger;
    private final List<PageEntry> entries = new ArrayList<>();
    private int records;
    private int counterLine = -1;
    private int[] counter;
    private String title;
    private StringBuilder description;
    private String imageText;
    private boolean lastRecordTruncated;
    private int lastRecord = -1;
    private int lastRecordEnd;
    private int unaccounted;

    PageBuilder(PageText page) {
        this.page = page;
        this.ledger = new Ledger(page.size());
    }

    PageText page() {
        return page;
    }

    void chrome(int line) {
        ledger.place(line, LineRole.CHROME);
    }

    /**
     * A counter line: the first one gives the page's counter, and a repeat of it (saved twice, or a pager
     * at the foot) is the same fact; a second counter that disagrees is rejected, its numbers being no
     * fact of the page that it could keep.
     */
    void counter(int line) {
        int[] read = LineClassifier.counter(page.line(line).text());
        if (counter == null) {
            counter = read;
            counterLine = line;
        } else if (!java.util.Arrays.equals(counter, read)) {
            reject(line, line + 1, Fragment.UNPLACED_TEXT);
            return;
        }
        ledger.place(line, LineRole.PAGE_FACT);
    }

    void title(int from, int to) {
        title = text(from, to);
        facts(from, to);
    }

    void description(int from, int to) {
        if (description == null) {
            description = new StringBuilder();
        } else {
            description.append("\n\n");
        }
        description.append(text(from, to));
        facts(from, to);
    }

    /**
     * A line of a topic page's image (its alt text, its caption): part of the page's description where it
     * first stands (the caption repeats the alt text; it is kept once).
     */
    void imageText(int line) {
        if (imageText == null) {
            imageText = page.content(line);
            description(line, line);
        } else {
            ledger.place(line, LineRole.PAGE_FACT);
        }
    }

    String imageText() {
        return imageText;
    }

    boolean hasTitle() {
        return title != null;
    }

    /** Emits a record; {@code paragraphJoin} goes between summary paragraphs ("\n\n", or "\n" on dash pages). */
    void emit(RecordDraft draft, String paragraphJoin) {
        List<Span> paras = draft.paragraphs();
        String date = draft.dateLine() >= 0 ? page.afterBullet(draft.dateLine()).strip() : "";
        if (draft.dateLine() >= 0) {
            ledger.place(draft.dateLine(), LineRole.RECORD);
        }
        String titleText = paras.isEmpty() ? "" : text(paras.get(0).from(), paras.get(0).to());
        String summary = null;
        if (paras.size() > 1) {
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p < paras.size(); p++) {
                if (p > 1) {
                    sb.append(paragraphJoin);
                }
                sb.append(text(paras.get(p).from(), paras.get(p).to()));
            }
            summary = sb.toString();
        }
        for (Span s : paras) {
            for (int i = s.from(); i <= s.to(); i++) {
                ledger.place(i, LineRole.RECORD);
            }
        }
        // Only the page's last record can be cut by the end of the text: decided in finish(), once the
        // lines after it (chrome, stray lines) are all placed.
        records++;
        lastRecord = entries.size();
        lastRecordEnd = draft.lastLine();
        entries.add(new ListingRecord(records, page.line(draft.firstLine()).number(), date, titleText, summary, false));
    }

    /** Rejects the lines of {@code [from, to)} not placed yet, as one fragment. */
    void reject(int from, int to, String reason) {
        StringBuilder sb = new StringBuilder();
        int first = -1;
        int previous = -1;
        for (int i = from; i < to; i++) {
            if (ledger.isPlaced(i)) {
                continue;
            }
            if (first < 0) {
                first = i;
            } else {
                sb.append('\n');
                if (previous == i - 1) {
                    sb.append("\n".repeat(page.gap(i)));
                }
            }
            sb.append(page.line(i).raw());
            ledger.place(i, LineRole.REJECTED);
            previous = i;
        }
        if (first >= 0) {
            entries.add(new Fragment(page.line(first).number(), reason, sb.toString()));
        }
    }

    /**
     * Closes the page: lines that no layout placed become {@value Fragment#UNACCOUNTED} fragments, the
     * counter is checked against the records read, and the facts and tally are fixed.
     */
    void finish() {
        int i = 0;
        while (i < page.size()) {
            if (ledger.isPlaced(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < page.size() && !ledger.isPlaced(j)) {
                j++;
            }
            unaccounted += j - i;
            reject(i, j, Fragment.UNACCOUNTED);
            i = j;
        }
        if (lastRecord >= 0 && atEnd(lastRecordEnd)) {
            ListingRecord r = (ListingRecord) entries.get(lastRecord);
            lastRecordTruncated = isCutRecord(r.title(), r.summary());
            entries.set(lastRecord, new ListingRecord(r.ordinal(), r.line(), r.dateLine(), r.title(), r.summary(),
                    lastRecordTruncated));
        }
        checkCounter();
        if (entries.isEmpty()) {
            entries.add(new Fragment(page.size() == 0 ? 0 : page.line(0).number(), Fragment.NO_RECORDS,
                    "the page holds no record: " + page.size() + " non-blank lines, " + ledger.count(LineRole.CHROME)
                            + " of chrome, " + ledger.count(LineRole.PAGE_FACT) + " of page facts"));
        }
    }

    private void checkCounter() {
        boolean cut = !page.endedCleanly() || lastRecordTruncated;
        if (counter == null || cut) {
            return;
        }
        int promised = counter[1] - counter[0] + 1;
        if (promised == records || promised <= 0) {
            return;
        }
        String shown = page.content(counterLine);
        String verdict = records < promised
                ? (promised - records) + " missing"
                : (records - promised) + " more than the counter says";
        entries.add(new Fragment(page.line(counterLine).number(), Fragment.COUNTER_MISMATCH, "the counter \"" + shown
                + "\" promises " + promised + " records; the page gave " + records + ": " + verdict));
    }

    PageFacts facts(Layout layout) {
        Integer first = counter == null ? null : counter[0];
        Integer last = counter == null ? null : counter[1];
        Integer total = counter == null ? null : counter[2];
        return new PageFacts(layout, first, last, total, title, description == null ? null : description.toString());
    }

    List<PageEntry> entries() {
        return entries;
    }

    PageTally tally() {
        return new PageTally(page.linesRead(), ledger.count(LineRole.RECORD), ledger.count(LineRole.PAGE_FACT),
                ledger.count(LineRole.CHROME), ledger.count(LineRole.REJECTED), unaccounted);
    }

    int placedTwice() {
        return ledger.placedTwice();
    }

    private void facts(int from, int to) {
        for (int i = from; i <= to; i++) {
            ledger.place(i, LineRole.PAGE_FACT);
        }
    }

    /** The words of lines {@code from..to}, one line a line. */
    String text(int from, int to) {
        if (from == to) {
            return page.content(from);
        }
        StringBuilder sb = new StringBuilder(page.content(from));
        for (int i = from + 1; i <= to; i++) {
            sb.append('\n').append(page.content(i));
        }
        return sb.toString();
    }

    /** Whether nothing but chrome and rejected stray lines follows line {@code last}: the text ends there. */
    private boolean atEnd(int last) {
        for (int i = last + 1; i < page.size(); i++) {
            if (!page.kind(i).isChrome() && ledger.role(i) != LineRole.REJECTED) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the end of the text cut the last record. A summary is complete when it ends a sentence; a
     * record that ends at its title is complete only when a blank line followed it (a saved page, not a
     * cut excerpt), since a summary may have been next.
     */
    private boolean isCutRecord(String titleText, String summary) {
        if (titleText.isEmpty()) {
            return true;
        }
        if (summary == null) {
            return page.trailingBlankLines() == 0;
        }
        return !LineText.endsSentence(summary);
    }
}
