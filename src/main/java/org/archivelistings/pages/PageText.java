package org.archivelistings.pages;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.archivelistings.pages.LineSource.Line;

/**
 * One page held whole in memory (pages are small; an input file is never held): its non-blank lines,
 * the kind of each, and how the text ended. The layouts are recognised from the whole page, so a stray
 * line at the top cannot decide how the rest is read.
 */
final class PageText {
    private final List<Line> lines;
    private final LineKind[] kinds;
    private final int linesRead;
    private final boolean endedCleanly;
    private final int trailingBlankLines;

    private PageText(List<Line> lines, LineKind[] kinds, int linesRead, boolean endedCleanly, int trailing) {
        this.lines = lines;
        this.kinds = kinds;
        this.linesRead = linesRead;
        this.endedCleanly = endedCleanly;
        this.trailingBlankLines = trailing;
    }

    static PageText read(Reader in, LineClassifier classifier) throws IOException {
        LineSource source = new LineSource(in);
        List<Line> lines = new ArrayList<>(48);
        Line l;
        while ((l = source.next()) != null) {
            lines.add(l);
        }
        LineKind[] kinds = new LineKind[lines.size()];
        for (int i = 0; i < kinds.length; i++) {
            boolean lastOfCut = i == kinds.length - 1 && !source.endedCleanly();
            kinds[i] = classifier.classify(lines.get(i).text(), lastOfCut);
        }
        return new PageText(lines, kinds, source.nonBlankLines(), source.endedCleanly(), source.trailingBlankLines());
    }

    int size() {
        return lines.size();
    }

    /** Non-blank lines as the line source counted them, apart from the list the layouts work on. */
    int linesRead() {
        return linesRead;
    }

    LineKind kind(int i) {
        return kinds[i];
    }

    Line line(int i) {
        return lines.get(i);
    }

    /** Blank lines before line {@code i}. */
    int gap(int i) {
        return lines.get(i).blankBefore();
    }

    int indent(int i) {
        return LineText.indent(lines.get(i).text());
    }

    /** The words of line {@code i}: indentation removed. */
    String content(int i) {
        return LineSource.stripStart(lines.get(i).text());
    }

    /** The words of line {@code i} after its bullet, when it starts with one (a bulleted record's date line). */
    String afterBullet(int i) {
        String s = content(i);
        return s.startsWith(SiteChrome.BULLET) ? LineSource.stripStart(s.substring(SiteChrome.BULLET.length())) : s;
    }

    /** Whether the text ended with a line end (or blank lines): false when the excerpt stops mid-line. */
    boolean endedCleanly() {
        return endedCleanly;
    }

    int trailingBlankLines() {
        return trailingBlankLines;
    }
}
