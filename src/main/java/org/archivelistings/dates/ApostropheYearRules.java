package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.dash;
import static org.archivelistings.dates.Elements.glued;
import static org.archivelistings.dates.Elements.kind;

import java.util.List;

/**
 * A year written with an apostrophe for its century ("'56", "’56", "in '56", "'56-'58"): two digits in the century
 * the conventions give two-digit years (conventions.properties). After a month or season the month and season rules
 * read it ("June '56"); these read it standing alone. An apostrophe glued to a word before it is an elision
 * ("D'56"); one that a quote closes later opens a quotation ("'50 Years of Friendship'": {@link Apostrophes}).
 */
final class ApostropheYearRules {
    private ApostropheYearRules() {}

    static List<Rule> rules(Elements e) {
        return List.of(
                new Rule("apostrophe year", 10, List.of(kind(TokenKind.YEAR_MARK).opt(), apostropheYear()),
                        m -> opens(m, 1) ? Single.of(e.point(m.get(1), null, null)) : null,
                        "'56 => 1956", "’56 => 1956", "‘56 => 1956", "in '56 => 1956", "the year '56 => 1956",
                        "Class of '56 => 1956", "c. '56 => 1956~", "'56? => 1956?", "before '56 => ../1956",
                        "'56 or later => 1956/..", "early '56 => 1956-01/1956-03",
                        "'50 Years of Friendship' => none", "'56' => none", "l'56 => none", "D'56 => none",
                        "No. '56 => none", "'5 => none", "'567 => none"),
                new Rule("apostrophe year with abbreviated end", 40, List.of(apostropheYear(), dash(),
                        Elements.number(0, 99, 2).and(t -> t.text().isEmpty() || t.text().equals("'"))),
                        m -> opens(m, 0) ? abbreviated(e, m) : null,
                        "'56-58 => 1956/1958", "'56–'58 => 1956/1958", "'56 - '58 => 1956/1958",
                        "'58-56 => 1958", "'5-58 => none", "'56-58-12 => 1956"),
                // a season or session across two years, as "1955/56" is ("the '55/56 season")
                new Rule("apostrophe year/abbreviated year", 40, List.of(apostropheYear(), Elements.punct("/").glued(),
                        Elements.number(0, 99, 2).glued().and(t -> t.text().isEmpty() || t.text().equals("'"))),
                        m -> opens(m, 0) ? abbreviated(e, m) : null,
                        "'55/56 => 1955/1956", "’55/’56 => 1955/1956", "the '55/56 season => 1955/1956",
                        "'56/55 => 1956", "'55/56/12 => 1955", "No. '55/56 => none"));
    }

    /** Two digits after an apostrophe (the lexer gives them the text "'"). */
    static Element apostropheYear() {
        return Elements.where(TokenKind.NUMBER, t -> t.digits() == 2 && t.text().equals("'"));
    }

    /** An apostrophe glued to a word before it is an elision ("D'56"), not a century. */
    private static boolean opens(Match m, int element) {
        int at = m.indexOf(element);
        Token before = at > 0 ? m.tokens().get(at - 1) : null;
        return !glued(before, m.get(element)) || before.is(TokenKind.BRACKET) || before.is(TokenKind.PUNCT)
                || before.is(TokenKind.RANGE);
    }

    private static DateValue abbreviated(Elements e, Match m) {
        Token a = m.get(0);
        Token b = m.get(2);
        Token after = m.after(1);
        if (b.value() <= a.value() || glued(b, after) && (after.is(TokenKind.NUMBER) || after.is(TokenKind.CODE)
                || after.is(TokenKind.RANGE) || after.isPunct('/'))) {
            return null;
        }
        Point from = e.point(a, null, null);
        return new Span(Single.of(from), Single.of(new Point(from.year() + b.value() - a.value(), null, null,
                from.source())));
    }
}
