package org.archivelistings.dates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A list of days of one month, of any length, in every lexicon language: "3, 4 and 9", "3., 4. und 9.",
 * "3, 4 и 9", "3, 4, and 9", "3日、4日和9日", "3일, 4일, 9일", "11/12" (one of two nights), Czech "3., 4. a 9."
 * (the one-letter word that is "to" in Spanish and Italian is "and" after days written with a dot). A rule
 * takes the run of days and separators with {@link #tail}; {@link #read} checks its grammar.
 */
final class DayList {
    private DayList() {}

    /** What may follow the first day: separators, more days, the CJK day unit. */
    static Element tail(Elements e) {
        Element day = e.day();
        return new Element(EnumSet.of(TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.LIST, TokenKind.OR,
                TokenKind.RANGE, TokenKind.CJK_DAY), t -> switch (t.kind()) {
                    case NUMBER -> day.accepts(t);
                    case PUNCT -> t.isPunct(',') || t.isPunct('/');
                    case RANGE -> oneLetterWord(t);
                    default -> true;
                }, false, false, true);
    }

    /**
     * The days from element {@code first} through the run of element {@code tail}, as a set in the month and
     * year of {@code p}; null when the run is no list: days that do not rise, two days in a row without a
     * separator, "and" mixed with "or", or only commas between fewer than three days ("3, 4 June"), unless a
 * CJK day unit closes the list ("6월 3, 4일").
     */
    static DateValue read(Match m, int first, int tail, Point p) {
        List<Integer> days = new ArrayList<>();
        boolean and = false;
        boolean or = false;
        boolean slash = false;
        boolean separated = false;
        int units = 0;
        Token previous = null;
        for (int i = m.indexOf(first); i <= m.indexOf(tail); i++) {
            Token t = m.tokens().get(i);
            if (t.is(TokenKind.NUMBER)) {
                if (!days.isEmpty() && (!separated || t.value() <= days.get(days.size() - 1))) {
                    return null;
                }
                days.add(t.value());
                previous = t;
                separated = false;
            } else if (t.is(TokenKind.CJK_DAY)) {
                units++;
            } else if (t.is(TokenKind.PUNCT) || t.is(TokenKind.LIST) || t.is(TokenKind.OR) || t.is(TokenKind.RANGE)) {
                if (t.is(TokenKind.RANGE) && (previous == null || !previous.text().equals("."))) {
                    return null;
                }
                and |= t.is(TokenKind.LIST) || t.is(TokenKind.RANGE);
                or |= t.is(TokenKind.OR);
                slash |= t.isPunct('/');
                separated = true;
            }
        }
        boolean unitCloses = m.tokens().get(m.indexOf(tail)).is(TokenKind.CJK_DAY) && units == 1;
        if (days.size() < 2 || (and && or) || (slash && (days.size() > 2 || and || or))
                || (!and && !or && !slash && days.size() < 3 && !unitCloses)) {
            return null;
        }
        List<DateValue> items = new ArrayList<>(days.size());
        for (int d : days) {
            items.add(Single.of(new Point(p.year(), p.month(), d, p.source())));
        }
        return new DateSet(List.copyOf(items), or || slash);
    }

    /** Czech "a" (and), Spanish and Italian "a" (to): a range word of one letter. */
    static boolean oneLetterWord(Token t) {
        return t.text().isEmpty() && t.end() - t.begin() == 1;
    }
}
