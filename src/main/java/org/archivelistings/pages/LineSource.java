package org.archivelistings.pages;

import java.io.IOException;
import java.io.Reader;

/**
 * The non-blank lines of a page, one at a time, each with its line number and the number of blank lines
 * before it (the layouts use blank lines as structure). Written by hand rather than with
 * {@link java.io.BufferedReader#readLine()} because the reader must also know whether the text ended in
 * the middle of a line (a cut excerpt) and how many blank lines closed it. A line holding only spaces,
 * no-break or zero-width spaces counts as blank.
 */
final class LineSource {
    /**
     * A non-blank line and where it is.
     *
     * @param raw the line exactly as saved, its line end removed (and a byte-order mark, on line 1)
     * @param text {@code raw} without trailing spaces
     */
    record Line(String raw, String text, int number, int blankBefore) {}

    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private int lineNumber;
    private boolean eof;
    private boolean pendingCr;
    private boolean lastTerminated = true;
    private int trailingBlank;
    private int nonBlankLines;

    LineSource(Reader in) {
        this.in = in;
    }

    /** The next non-blank line, or null at the end of the text. */
    Line next() throws IOException {
        int blank = 0;
        while (true) {
            String raw = readRawLine();
            if (raw == null) {
                trailingBlank = blank;
                return null;
            }
            if (lineNumber == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                raw = raw.substring(1);
            }
            if (isBlank(raw)) {
                blank++;
                continue;
            }
            nonBlankLines++;
            return new Line(raw, stripEnd(raw), lineNumber, blank);
        }
    }

    /** After the end: whether the last non-blank line was closed by a line end. */
    boolean endedCleanly() {
        return lastTerminated || trailingBlank > 0;
    }

    /** Non-blank lines handed out so far: the page's own count, kept apart from what readers do with them. */
    int nonBlankLines() {
        return nonBlankLines;
    }

    /** After the end: blank lines after the last non-blank line. */
    int trailingBlankLines() {
        return trailingBlank;
    }

    private String readRawLine() throws IOException {
        if (eof) {
            return null;
        }
        StringBuilder sb = null;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    eof = true;
                    len = 0;
                    if (sb == null) {
                        return null; // the text ended with a line end
                    }
                    lineNumber++;
                    if (!isBlank(sb)) {
                        lastTerminated = false;
                    }
                    return sb.toString();
                }
            }
            if (pendingCr) {
                pendingCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (sb == null && pos < len) {
                // The whole line is in the buffer (nearly always): one copy, none for an empty line.
                String line = pos == start ? "" : new String(buf, start, pos - start);
                pendingCr = buf[pos] == '\r';
                pos++;
                lineNumber++;
                lastTerminated = true;
                return line;
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, pos - start));
            }
            sb.append(buf, start, pos - start);
            if (pos < len) {
                pendingCr = buf[pos] == '\r';
                pos++;
                lineNumber++;
                lastTerminated = true;
                return sb.toString();
            }
        }
    }

    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static String stripStart(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }
}
