package org.archivelistings.pages;

import java.util.Locale;

/** Small functions of a line's text that every layout uses. */
final class LineText {
    private LineText() {}

    /**
     * The line as the classifier compares it: trimmed, every run of spaces (no-break, tabs, zero-width)
     * one plain space, lower case. Damage such as "RESULTS:" or "Skip&nbsp;to content" then matches.
     */
    static String key(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (LineSource.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Leading indentation in columns: a tab counts as four (a tab-indented title is still indented). */
    static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                columns += 4;
            } else if (LineSource.isSpace(c)) {
                columns++;
            } else {
                break;
            }
        }
        return columns;
    }

    /** Ends with . ! ? or …, possibly inside closing quotes or brackets ("...self-determination."). */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether a paragraph reads as prose (a sentence, or a long run of words) rather than a stray
     * interface word such as "Share" or "Cookie settings": decides whether a further paragraph after a
     * record's summary continues that summary.
     */
    static boolean isProse(String text) {
        return endsSentence(text) || (text.length() >= 30 && text.indexOf(' ') > 0);
    }
}
