package org.archivelistings.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * A record being assembled, as line positions: its date line (or none) and its paragraphs, the first
 * being the title and the others the summary. The text is taken from the page only when it is emitted.
 */
final class RecordDraft {
    /** Inclusive range of lines of one paragraph. */
    record Span(int from, int to) {}

    private final int dateLine;
    private final List<Span> paragraphs = new ArrayList<>(3);

    /** {@code dateLine}: the position of the date line (or of a bare bullet), or -1 for an undated record. */
    RecordDraft(int dateLine) {
        this.dateLine = dateLine;
    }

    int dateLine() {
        return dateLine;
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    void add(int from, int to) {
        paragraphs.add(new Span(from, to));
    }

    /** Adds a line to the last paragraph (a line right under it, with no blank line between). */
    void extend(int to) {
        Span last = paragraphs.remove(paragraphs.size() - 1);
        paragraphs.add(new Span(last.from(), to));
    }

    boolean hasTitle() {
        return !paragraphs.isEmpty();
    }

    boolean hasSummary() {
        return paragraphs.size() > 1;
    }

    int firstLine() {
        return dateLine >= 0 ? dateLine : paragraphs.get(0).from();
    }

    int lastLine() {
        return paragraphs.isEmpty() ? dateLine : paragraphs.get(paragraphs.size() - 1).to();
    }
}
