package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.glued;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.number;

import java.util.List;

/** Years, abbreviated year ranges, decades, centuries and years with unknown digits, in every lexicon language. */
final class YearRules {
    private YearRules() {}

    static List<Rule> rules(Elements e) {
        return List.of(
                new Rule("year", 10, List.of(kind(TokenKind.YEAR_MARK).opt(), e.year(),
                        kind(TokenKind.YEAR_MARK, TokenKind.CJK_YEAR, TokenKind.DECADE).opt()),
                        m -> standsAlone(e, m, 1) ? Single.of(e.point(m.get(1), null, null)) : null,
                        "1971 => 1971", "1812 г. => 1812", "del 1812 => 1812", "1812년 => 1812", "1812年 => 1812",
                        "в 1812 году => 1812", "у 1812 році => 1812", "тисяча дев'ятсот п'ятдесят шостого року => 1956", "anul 1812 => 1812", "kolem roku 1812 => 1812~", "1812. évben => 1812",
                        "one thousand eight hundred and twelve => 1812", "nineteen eighty one => 1981",
                        "一八一二年 => 1812", "the year 1812 => 1812", "1943-го => 1943",
                        "2509/1954 => none", "Telegram Number 1797/1800 => none", "No. 011/85 => none",
                        "at 13:34 => none", "1629Z => none", "3000 troops => none", "version 1.1956 => none"),
                new Rule("year with abbreviated end", 40, List.of(e.year(), kind(TokenKind.RANGE), number(0, 99, 2),
                        kind(TokenKind.CJK_YEAR).opt()), m -> abbreviated(e, m),
                        "1953-61 => 1953/1961", "1912-60 => 1912/1960", "ca 1776-77 => 1776~/1777~",
                        "1812~15년 => 1812/1815",
                        "1934–41 => 1934/1941", "1956-'58 => 1956/1958", "tel. 1812-13-45 => none", "1956-45 => none", "1956-5 => none"),
                new Rule("year/abbreviated year", 40, List.of(e.year(), Elements.punct("/").glued(),
                        number(0, 99, 2).glued()), m -> unjoined(m) ? abbreviated(e, m) : null,
                        "1812/13 => 1812/1813", "in 1955/56 => 1955/1956", "the 1955/56 session => 1955/1956",
                        "1899/00 => 1899/1900", "1812/11 => none", "11/1812/13 => none", "1812/13/40 => none",
                        "No. 1812/13 => none", "Doc. 1812/13 => none", "д. 1812/13 => none"),
                new Rule("decade", 30, List.of(e.decadeSuffixed(), kind(TokenKind.DECADE, TokenKind.YEAR_MARK).opt()), m -> decade(e,
                        m.get(0)),
                        "1950s => 195X", "1770's => 177X", "70's => 197X", "'70s => 197X", "the 1820s => 182X",
                        "1800s => 18XX", "1940-х годов => 194X", "1820-as években => 182X", "in the eighties => 198X",
                        "the Fifties => 195X", "in den fünfziger Jahren => 195X", "пятидесятые годы => 195X",
                        "early sixties => 1960/1963", "в 1950-е гг. => 195X", "in den 1950ern => 195X", "finales de los cincuenta => 1957/1959", "1956s => none", "1955s => none"),
                new Rule("decade range", 45, List.of(kind(TokenKind.DECADE).opt(), decadeStart(e), kind(TokenKind.RANGE)
                        .and(t -> t.text().length() == 1),
                        number(10, 2090, 4), kind(TokenKind.DECADE).opt()), m -> decadeRange(e, m),
                        "1950-60s => 195X/196X", "50-60s => 195X/196X", "1950-1960s => 195X/196X",
                        "1950-60-е годы => 195X/196X", "1950-60-х годов => 195X/196X", "1950-60er Jahre => 195X/196X",
                        "1950-60年代 => 195X/196X", "1950~60년대 => 195X/196X", "1950-60-as években => 195X/196X",
                        "les années 1950-60 => 195X/196X", "años 1950-60 => 195X/196X", "lata 1950-60. => 195X/196X",
                        "1955-60s => 196X", "1950-60 => 1950/1960", "w latach 1950-1960 => 1950/1960",
                        "1960-50s => 195X", "1950-55 годы => 1950/1955", "50-60 => none"),
                new Rule("decade with a decade word", 31, List.of(e.year(), kind(TokenKind.DECADE)),
                        m -> m.value(0) % 10 == 0 ? new Single(e.point(m.get(0), null, null), Extent.DECADE, -1, false)
                                : null,
                        "1820er Jahre => 182X", "1820년대 => 182X", "1950年代 => 195X", "1940-е годы => 194X",
                        "1940 годы => 194X", "1820 évek => 182X", "1956 годов => 1956", "Jahre => none"),
                new Rule("two-digit decade with a decade word", 29, List.of(number(10, 90, 2), kind(TokenKind.DECADE)),
                        m -> m.value(0) % 10 == 0 && ordinalDecade(m)
                                ? new Single(new Point(1900 + m.value(0), null, null, YearSource.TWO_DIGIT_PIVOT),
                                        Extent.DECADE, -1, false)
                                : null,
                        "五十年代 => 195X", "50年代 => 195X", "50년대 => 195X", "二十世纪五十年代 => 195X", "19世纪五十年代 => 185X",
                        "50. léta => 195X", "v 50. letech => 195X", "koncem 50. let => 1957/1959", "před 50 lety => none",
                        "50 lat później => none", "55年代 => none"),
                new Rule("decade word before the decade", 31, List.of(kind(TokenKind.DECADE), decadeNumber(e)),
                        m -> m.value(1) % 10 == 0 && !yearsFollow(m)
                                ? new Single(e.point(m.get(1), null, null), Extent.DECADE, -1, false) : null,
                        "années 1820 => 182X", "los años 1820 => 182X", "anni 1820 => 182X", "anii 1820 => 182X",
                        "w latach 1820 => 182X", "w latach 1950-1953 => 1950/1953", "entre los años 1950 y 1953 => 1950/1953",
                        "in den Jahren 1950 bis 1953 => 1950/1953", "années cinquante => 195X", "anni cinquanta => 195X",
                        "los años cincuenta => 195X",
                        "años 50 => 195X", "années 1825 => 1825", "années => none"),
                new Rule("year with unknown digits", 45, List.of(kind(TokenKind.MASKED), kind(TokenKind.CJK_YEAR).opt()),
                        m -> new Single(Point.of(m.value(0) * (m.get(0).digits() == 3 ? 10 : 100), null, null),
                                m.get(0).digits() == 3 ? Extent.DECADE : Extent.CENTURY, -1, false),
                        "182X => 182X", "18-- => 18XX", "19.. => 19XX", "[195-] => 195X", "[195-?] => 195X?", "pp. 195-196 => none", "No. 195- => none", "182? => 182X", "19?? => 19XX", "ca. 195X => 195X~",
                        "195X年 => 195X", "195?년 => 195X", "12X => none", "195Xa => none"));
    }

    /** The first decade of "1950-60s": a round year or two digits, nothing glued but a decade suffix. */
    private static Element decadeStart(Elements e) {
        Element suffixed = e.decadeSuffixed();
        return Elements.where(TokenKind.NUMBER, t -> t.value() % 10 == 0 && (t.digits() == 4 || t.digits() == 2)
                && (t.text().isEmpty() || suffixed.accepts(t)));
    }

    /**
     * "1950-60s", "1950-60-е годы", "1950-60年代", "les années 1950-60": two decades, the decade mark written
     * once, after the second (glued to it, or a decade word before the first): not "1950-60" (two years).
     */
    private static DateValue decadeRange(Elements e, Match m) {
        Token a = m.get(1);
        Token b = m.get(3);
        boolean marked = e.decadeSuffixed().accepts(b) || (m.has(4) && glued(b, m.get(4)))
                || (m.has(0) && b.digits() == 2 && !m.has(4));
        if (!marked || b.value() % 10 != 0 || (b.digits() != 2 && b.digits() != 4) || !b.text().isEmpty()
                && !e.decadeSuffixed().accepts(b) && !(m.has(0) && b.text().equals("."))) {
            return null;
        }
        int from = e.yearOf(a);
        int to = b.digits() == 4 ? b.value() : from / 100 * 100 + b.value();
        if (to <= from) {
            return null;
        }
        YearSource source = a.digits() == 2 ? YearSource.TWO_DIGIT_PIVOT : YearSource.EXPLICIT;
        return new Span(new Single(new Point(from, null, null, source), Extent.DECADE, -1, false),
                new Single(new Point(to, null, null, source), Extent.DECADE, -1, false));
    }

    /** After a decade word: a full year (années 1820) or the tens of the century (années cinquante, años 50). */
    private static Element decadeNumber(Elements e) {
        Element year = e.year();
        return Elements.where(TokenKind.NUMBER, t -> year.accepts(t) || (t.value() >= 10 && t.value() <= 90
                && (t.digits() == 2 || (t.digits() == 0 && !t.text().equals("º"))) && t.text().length() <= 1));
    }

    /** "w latach 1950-1953", "los años 1950 y 1953": the word says "the years", a range or list follows. */
    private static boolean yearsFollow(Match m) {
        Token sep = m.after(1);
        Token next = m.after(2);
        return sep != null && next != null && next.is(TokenKind.NUMBER) && next.digits() == 4
                && (sep.is(TokenKind.RANGE) || sep.is(TokenKind.BEFORE) || sep.is(TokenKind.LIST));
    }

    /** "50年代", "50년대" (the unit glued on), or Czech "50. léta" (an ordinal dot): not "50 lat" (fifty years). */
    private static boolean ordinalDecade(Match m) {
        Token n = m.get(0);
        return n.text().isEmpty() ? glued(n, m.get(1)) : n.text().equals(".") && !glued(n, m.get(1));
    }

    /** "1812/13" that is no part of a longer number ("11/1812/13", "1812/13/40"). */
    private static boolean unjoined(Match m) {
        Token before = m.before(1);
        Token after = m.after(1);
        return m.get(0).text().isEmpty() && !(glued(before, m.get(0)) && (before.is(TokenKind.PUNCT)
                || before.is(TokenKind.NUMBER))) && !(glued(m.get(2), after) && (after.isPunct('/')
                || after.isPunct('.') || after.is(TokenKind.NUMBER)));
    }

    /** A year that is no part of a longer number: not 2509/1954, 1.1956, 13:34, 1956-45. */
    static boolean standsAlone(Elements e, Match m, int element) {
        Token y = m.get(element);
        int i = m.indexOf(element);
        Token before = i > 0 ? m.tokens().get(i - 1) : null;
        Token after = i + 1 < m.tokens().size() ? m.tokens().get(i + 1) : null;
        return !joins(m.tokens(), before, i - 2, y, e) && !joins(m.tokens(), after, i + 2, y, e);
    }

    private static boolean joins(List<Token> tokens, Token sep, int other, Token year, Elements e) {
        if (sep == null || !(glued(sep, year) || glued(year, sep))) {
            return false;
        }
        if (sep.is(TokenKind.NUMBER) || sep.is(TokenKind.CODE)) {
            return true;
        }
        boolean joiner = sep.isPunct('/') || sep.isPunct('.') || sep.isPunct(':') || sep.isPunct(',')
                || (sep.is(TokenKind.RANGE) && sep.text().length() == 1 && "-–‒~".indexOf(sep.text().charAt(0)) >= 0);
        if (!joiner || other < 0 || other >= tokens.size()) {
            return false;
        }
        Token n = tokens.get(other);
        // "June 3,1812": a comma without its space after a month and day, not a decimal comma
        if (sep.isPunct(',') && n.end() <= year.begin() && n.digits() <= 2 && other > 0
                && tokens.get(other - 1).is(TokenKind.MONTH)) {
            return false;
        }
        boolean touching = glued(sep, n) || glued(n, sep);
        if (!touching || !(n.is(TokenKind.NUMBER) || n.is(TokenKind.CODE))) {
            return false;
        }
        boolean otherYear = n.is(TokenKind.NUMBER) && n.digits() == 4 && n.value() >= 1000 && n.value() <= 2099;
        return !otherYear || sep.isPunct('.') || sep.isPunct(':') || sep.isPunct(',');
    }

    private static DateValue abbreviated(Elements e, Match m) {
        Token y = m.get(0);
        Token end = m.get(2);
        // "1956-'58": the end may keep the apostrophe of its century
        if (end.digits() != 2 || !(end.text().isEmpty() || end.text().equals("'")) || m.get(1).text().length() != 1) {
            return null;
        }
        int to = y.value() / 100 * 100 + end.value() + (y.value() % 100 == 99 && end.value() == 0 ? 100 : 0);
        Token after = m.after(1);
        // "1812-13-45", "1812/13/40": a longer number, not a range
        if (to <= y.value() || (glued(end, after) && (after.is(TokenKind.NUMBER) || after.is(TokenKind.CODE)
                || after.isPunct('/') || (after.is(TokenKind.RANGE) && !after.text().isEmpty())))) {
            return null;
        }
        Point a = e.point(y, null, null);
        return new Span(Single.of(a), Single.of(new Point(to, null, null, a.source())));
    }

    private static DateValue decade(Elements e, Token t) {
        Point p = e.point(t, null, null);
        if (t.digits() == 4 && p.year() % 100 == 0) {
            return new Single(p, Extent.CENTURY, -1, false);
        }
        return new Single(p, Extent.DECADE, -1, false);
    }
}
