package org.archivelistings.dates;

/**
 * Dates written without a space, as military messages and logs print them: "03JUN56", "3jun1956", and the
 * date-time group "030900Z JUN 56" (day, hour and minute, zone letter, month, year). The lexer splits them
 * into the tokens a spaced date has; it asks only when digits run into letters, so the cost is off the path
 * of ordinary words.
 */
final class GluedDates {
    private final Lexicon lexicon;

    GluedDates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The month of "03JUN56" when digits start..i (one or two) run into the letters i..j, a whole month name, and
     * a year's digits follow; else null.
     */
    Trie.Entry dayMonthYear(String s, int start, int i, int j) {
        boolean glued = j < s.length() && Lexer.isAsciiDigit(s.charAt(j))
                && (start == 0 || !Lexer.letter(s.charAt(start - 1)));
        return glued ? month(s, i, j) : null;
    }

    /** The day and the month of "03JUN56"; the lexer reads the year next. The index after the month. */
    int addDayMonth(int start, int i, int j, int day, Trie.Entry month, TokenList out) {
        out.add(new Token(TokenKind.NUMBER, start, i, day, i - start, Token.NONE));
        out.add(new Token(TokenKind.MONTH, i, j, month.value(), 0, Token.NONE));
        return j;
    }

    /** Six digits start..i (DDHHMM), a zone letter, then a month, glued or after a space. */
    boolean dateTimeGroup(String s, int start, int i) {
        int n = s.length();
        if (i + 1 >= n || s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
            return false;
        }
        int day = (s.charAt(start) - '0') * 10 + s.charAt(start + 1) - '0';
        int hour = (s.charAt(start + 2) - '0') * 10 + s.charAt(start + 3) - '0';
        if (day < 1 || day > 31 || hour > 24 || s.charAt(start + 4) > '5') {
            return false;
        }
        int from = s.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        int to = from;
        while (to < n && Lexer.letter(s.charAt(to))) {
            to++;
        }
        return to > from && month(s, from, to) != null;
    }

    /** The day, then the time with its zone letter, which patterns step over. The index after the zone letter. */
    int addDateTimeGroup(int start, int i, int digits, TokenList out) {
        out.add(new Token(TokenKind.NUMBER, start, start + 2, digits / 10000, 2, Token.NONE));
        out.add(new Token(TokenKind.TIME, start + 2, i + 1, digits % 10000, 4, Token.NONE));
        return i + 1;
    }

    /** The month whose name or abbreviation is all of the letters from..to, or null. */
    private Trie.Entry month(String s, int from, int to) {
        int[] end = new int[1];
        Trie.Entry e = lexicon.words.longest(s, from, end);
        return e != null && e.kind() == TokenKind.MONTH && end[0] == to ? e : null;
    }
}
