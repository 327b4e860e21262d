package org.archivelistings.dates;

import java.util.EnumSet;
import java.util.function.Predicate;

/** The elements rules are written with: a day, a month, a year, a dash... each a kind of token and a test. */
final class Elements {
    static final String DASHES = "-–—‒―";
    private final Lexicon lexicon;
    private final int century;
    private final Conventions conventions;

    Elements(Lexicon lexicon, Conventions conventions) {
        this.lexicon = lexicon;
        this.century = conventions.twoDigitCentury;
        this.conventions = conventions;
    }

    /**
     * Early, mid or late in a season ("early summer 1956", "1956年初夏", "늦가을"): its first, second or third
     * month (winter's December in the year before); null for a half or a season without a year.
     */
    DateValue seasonPart(Point p, int season, int part) {
        if (part < 0 || part > 2) {
            return null;
        }
        int[] months = conventions.season(season);
        int month = (months[0] - 1 + part) % 12 + 1;
        Integer year = p.year();
        if (year != null && months[0] > months[1] && month >= months[0]) {
            year = year - 1;
        }
        return Single.of(new Point(year, month, null, p.source()));
    }

    /** A season token with the year's point: the season, or its part when the word holds one ("初夏"). */
    DateValue season(Point p, Token season, boolean weak) {
        if (season.digits() == 0) {
            return new Single(p, Extent.SEASON, season.value(), weak);
        }
        DateValue v = seasonPart(p, season.value(), season.digits() - 1);
        return weak && v instanceof Single s ? new Single(s.point(), s.extent(), s.code(), true) : v;
    }

    Conventions conventions() {
        return conventions;
    }

    static Element kind(TokenKind first, TokenKind... more) {
        return new Element(EnumSet.of(first, more), t -> true, false, false);
    }

    static Element date() {
        return kind(TokenKind.DATE);
    }

    static Element punct(String chars) {
        return new Element(EnumSet.of(TokenKind.PUNCT), t -> chars.indexOf(t.text().charAt(0)) >= 0, false, false);
    }

    static Element bracket(String chars) {
        return new Element(EnumSet.of(TokenKind.BRACKET), t -> chars.indexOf(t.text().charAt(0)) >= 0, false, false);
    }

    /** A dash, not a tilde or a word: the separator of numeric dates. */
    /**
     * What may stand between a month or season and its year: a year mark ("roku", "do ano") or the article
     * Spanish and Italian write there ("junio del 1956", "3 de junio del 2000", "verano del '56").
     */
    static Element yearArticle() {
        return kind(TokenKind.YEAR_MARK, TokenKind.FROM).and(t -> t.value() == 0).opt();
    }

    static Element dash() {
        return new Element(EnumSet.of(TokenKind.RANGE), t -> t.text().length() == 1
                && DASHES.indexOf(t.text().charAt(0)) >= 0,
                false, false);
    }

    /** What joins the two ends of a range: a dash or a range word, or an until word (bis, до, until). */
    static Element through() {
        return kind(TokenKind.RANGE, TokenKind.BEFORE);
    }

    static Element number(int min, int max, int maxDigits) {
        return new Element(EnumSet.of(TokenKind.NUMBER), t -> t.value() >= min && t.value() <= max
                && t.digits() <= maxDigits,
                false, false);
    }

    /** A day of the month: 3, 03, 3rd, 3., 3-án, third, 三. */
    Element day() {
        return new Element(EnumSet.of(TokenKind.NUMBER), t -> t.value() >= 1 && t.value() <= 31 && t.digits() <= 2
                && (t.text().isEmpty() || t.text().equals(".") || t.text().equals("º")
                        || lexicon.ordinalSuffixes.contains(t.text()) || connector(t)),
                false, false);
    }

    /** A month written as a number: 6, 06 (nothing glued after it but a dot). */
    static Element monthNumber() {
        return new Element(EnumSet.of(TokenKind.NUMBER), t -> t.value() >= 1 && t.value() <= 12 && t.digits() >= 1
                && t.digits() <= 2 && (t.text().isEmpty() || t.text().equals(".")), false, false);
    }

    /** A year written in full: 1812, 1812., 1812г, 1943-го, one thousand eight hundred and twelve, 一八一二. */
    Element year() {
        return new Element(EnumSet.of(TokenKind.NUMBER), this::fullYear, false, false);
    }

    /**
     * A year in full, or two digits after an apostrophe for the century ("'56", 19xx by convention): the year of a
     * date written with words ("summer of '56", "3 juin '56", "'56 októberében").
     */
    Element wordYear() {
        return new Element(EnumSet.of(TokenKind.NUMBER), t -> fullYear(t) || t.digits() == 2 && t.text().equals("'"),
                false, false);
    }

    /** A year in full, or two digits (19xx by convention): the year of a numeric date. */
    Element anyYear() {
        return new Element(EnumSet.of(TokenKind.NUMBER), t -> fullYear(t) || shortYear(t), false, false);
    }

    Element shortYear() {
        return new Element(EnumSet.of(TokenKind.NUMBER), Elements::shortYear, false, false);
    }

    private boolean fullYear(Token t) {
        boolean written = t.digits() == 4 || (t.digits() == 0 && !t.text().equals("º"));
        return written && t.value() >= 1000 && t.value() <= 2099 && (t.text().isEmpty() || t.text().equals(".")
                || lexicon.yearSuffixes.contains(t.text()) || lexicon.ordinalSuffixes.contains(t.text()) || connector(t));
    }

    private boolean connector(Token t) {
        return lexicon.fromSuffixes.contains(t.text()) || lexicon.untilSuffixes.contains(t.text());
    }

    private static boolean shortYear(Token t) {
        return t.digits() == 2 && (t.text().isEmpty() || t.text().equals("'") || t.text().equals("."));
    }

    Element decadeSuffixed() {
        return new Element(EnumSet.of(TokenKind.NUMBER), t -> (t.text().equals("s")
                || lexicon.decadeSuffixes.contains(t.text().replace("'", "")))
                && t.value() % 10 == 0 && (t.digits() == 4 || t.digits() == 2), false, false);
    }

    static Element where(TokenKind kind, Predicate<Token> test) {
        return new Element(EnumSet.of(kind), test, false, false);
    }

    /** The year a token gives: two digits are read in the conventional century. */
    int yearOf(Token t) {
        if (t.digits() > 4) {
            return t.value() / (t.digits() == 5 ? 10 : 100);
        }
        return t.digits() == 2 || t.value() < 100 ? century + t.value() : t.value();
    }

    Point point(Token year, Integer month, Integer day) {
        if (year == null) {
            return Point.of(null, month, day);
        }
        boolean pivot = year.digits() == 2 || year.value() < 100;
        return new Point(yearOf(year), month, day, pivot ? YearSource.TWO_DIGIT_PIVOT : YearSource.EXPLICIT);
    }

    static boolean glued(Token a, Token b) {
        return a != null && b != null && a.end() == b.begin();
    }
}
