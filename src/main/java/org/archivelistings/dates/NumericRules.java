package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.dash;
import static org.archivelistings.dates.Elements.glued;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.monthNumber;
import static org.archivelistings.dates.Elements.number;
import static org.archivelistings.dates.Elements.punct;

import java.util.List;

/** Dates written in numbers: ISO, day.month.year, US month/day/year, release stamps, file numbers, Roman months. */
final class NumericRules {
    static final String AMBIGUOUS = "ambiguous day/month order";

    private NumericRules() {}

    static List<Rule> rules(Elements e) {
        return List.of(
                new Rule("iso date", 90, List.of(e.year(), dash().glued(), monthNumber().glued(), dash().glued(),
                        e.day().glued()), m -> alone(m) ? Single.of(e.point(m.get(0), m.value(2), m.value(4))) : null,
                        "1956-09-23 => 1956-09-23", "2016-8-15 21:50 => 2016-08-15", "1812-06-03T10:00 => 1812-06-03",
                        "on 1812-06-03. => 1812-06-03", "1956-13-45 => none", "1956-02-30 => none"),
                new Rule("year/month/day", 85, List.of(e.year(), punct("/."), monthNumber().glued(),
                        punct("/.").glued(),
                        e.day().glued()), m -> alone(m) && sameSeparator(m, 1, 3) && glued(m.get(0), m.get(1))
                        ? Single.of(e.point(m.get(0), m.value(2), m.value(4))) : null,
                        "Approved For Release 1999/06/03 => 1999-06-03", "1812.06.03 => 1812-06-03",
                        "Approved For Release 2005/01/13 : CIA-RDP80 => 2005-01-13", "2509/1954 => none",
                        "1812/13/40 => none"),
                new Rule("day.month.year", 80, List.of(e.day(), punct(".").opt(), monthNumber(), punct(".").opt(),
                        e.anyYear()), m -> dotted(m) && alone(m) ? Single.of(e.point(m.get(4), m.value(2), m.value(0)))
                                : null,
                        "29.01.57 => 1957-01-29", "13.10.50 => 1950-10-13", "21.12.2013 => 2013-12-21",
                        "3. 6. 1812 => 1812-06-03", "18.10.14 um 22:56 Uhr => 1914-10-18", "32.13.1956 => none",
                        "1.2.3 => none", "version 1.2.1956.4 => none"),
                new Rule("month/day/year", 75, List.of(number(1, 31, 2), punct("/").glued(), number(1, 31, 2).glued(),
                        punct("/").glued(), e.anyYear().glued()), m -> alone(m) ? us(e, m) : null,
                        "7/4/1776 => 1776-07-04", "10/14/50 => 1950-10-14", "6/30/2010 => 2010-06-30",
                        "25/12/1956 => 1956-12-25", "No. 011/85 => none", "13/13/1956 => none", "1/2/3/1956 => none"),
                new Rule("month-day-year with dashes", 74, List.of(number(1, 31, 2), dash().glued(), number(1, 31,
                        2).glued(),
                        dash().glued(), e.anyYear().glued()), m -> alone(m) && sameSeparator(m, 1, 3) ? us(e, m) : null,
                        "12–27–68 => 1968-12-27", "(5-16-10) => 1910-05-16", "07-10-2011 => 2011-07-10",
                        "pages 12-27-368 => none"),
                new Rule("day.roman month.year", 70, List.of(e.day(), romanSeparator(), kind(TokenKind.ROMAN).and(t
                        -> t.value() <= 12),
                        romanSeparator(), e.year()), m -> Single.of(e.point(m.get(4), m.value(2), m.value(0))),
                        "23.IX.1956 => 1956-09-23", "5-VI-1956 => 1956-06-05", "5.I.1958 => 1958-01-05", "23 IX 1956 => 1956-09-23",
                        "3/VI/1956 => 1956-06-03", "Louis XIV => none", "Part II => none"),
                new Rule("year.roman month.day", 70, List.of(e.year(), punct(".").opt(), kind(TokenKind.ROMAN).and(t
                        -> t.value() <= 12),
                        punct(".").opt(), e.day()), m -> Single.of(e.point(m.get(0), m.value(2), m.value(4))),
                        "1956.VI.5 => 1956-06-05", "1956. VI. 5. => 1956-06-05", "1956 XIV 5 => 1956", "XIV 5 => none"),
                new Rule("year.roman month.day range", 72, List.of(e.year(), punct(".").opt(), kind(TokenKind.ROMAN)
                        .and(t -> t.value() <= 12), punct(".").opt(), e.day(), Elements.through(), e.day()),
                        m -> DayMonthRules.dayRange(e, m, 4, 6, 2, 0),
                        "1812. VI. 3-9. => 1812-06-03/1812-06-09", "1956.VI.5-7 => 1956-06-05/1956-06-07",
                        "1956. VI. 9-3. => 1956-06-09", "VI. 3-9. => none"),
                new Rule("year. month. day.", 65, List.of(e.year().and(t -> t.text().equals(".")),
                        monthNumber().and(t -> t.text().equals(".")), e.day()),
                        m -> Single.of(e.point(m.get(0), m.value(1), m.value(2))),
                        "1956. 4. 28. => 1956-04-28", "1956. 04. 28 => 1956-04-28", "1956. 13. 28. => 1956", "4. 28. => none"),
                new Rule("day range, roman month", 72, List.of(e.day(), Elements.through(), e.day(), punct(".").opt(),
                        kind(TokenKind.ROMAN).and(t -> t.value() <= 12), punct(".").opt(), e.year()),
                        m -> DayMonthRules.dayRange(e, m, 0, 2, 4, 6),
                        "8-9.VI.1956 => 1956-06-08/1956-06-09", "8-9 VI 1956 => 1956-06-08/1956-06-09", "8-9 VI => none"),
                // the Roman month Polish, Czech and Hungarian catalogues put before a year ("X.1956"), glued to its dot
                new Rule("roman month.year", 58, List.of(kind(TokenKind.ROMAN).and(t -> t.value() <= 12 && t.text().isEmpty()),
                        punct(".").glued(), e.year().glued()), m -> alone(m) ? Single.of(e.point(m.get(2), m.value(0), null)) : null,
                        "X.1956 => 1956-10", "w XI.1956 r. => 1956-11", "XIV.1956 => 1956", "X. 1956 => 1956", "Pius XII 1956 => 1956",
                        "X.12 => none"),
                new Rule("month/year", 60, List.of(monthNumber(), punct("/").glued(), e.year().glued()),
                        m -> alone(m) && m.get(0).text().isEmpty() ? Single.of(e.point(m.get(2), m.value(0), null))
                                : null,
                        "04/1972 => 1972-04", "issue 4/1956 => 1956-04", "13/1956 => none", "2509/1954 => none"),
                new Rule("year-month", 55, List.of(e.year(), dash().glued(), number(1, 12, 2).glued()),
                        m -> alone(m) && m.get(2).digits() == 2 && m.get(2).text().isEmpty()
                                ? Single.of(e.point(m.get(0), m.value(2), null)) : null,
                        "1812-06 => 1812-06", "in 1956-11 => 1956-11", "1956-45 => none"),
                new Rule("State Department file number", 95, List.of(punct("/"), number(1, 12, 2).glued(),
                        dash().glued(),
                        where(3).glued()), NumericRules::fileNumber,
                        "611.93/5–3156 => 1956-05-31", "790.022/6–1056 => 1956-06-10", "396.1–KA/3–856 => 1956-03-08",
                        "033.6111/12–558 => 1958-12-05", "page 5–3156 => none", "611.93/5–3256 => none"));
    }

    /**
     * Between a day, a Roman month and a year: a dot, a dash, a slash or nothing ("23.IX.1956", "5-VI-1956",
     * "3/VI/1956", "23 IX 1956").
     */
    private static Element romanSeparator() {
        return new Element(java.util.EnumSet.of(TokenKind.PUNCT, TokenKind.RANGE), t -> t.text().equals(".")
                || t.text().equals("-") || t.text().equals("/"), true, false);
    }

    private static Element where(int unused) {
        return Elements.where(TokenKind.NUMBER, t -> (t.digits() == 3 || t.digits() == 4) && t.text().isEmpty());
    }

    /** The suffix of a central-file number is month–day-year: 5–3156 is 31 May 1956. */
    private static DateValue fileNumber(Match m) {
        Token before = m.before(1);
        if (!glued(before, m.get(0)) || !(before.is(TokenKind.NUMBER) || before.is(TokenKind.OTHER)
                || before.is(TokenKind.CODE))) {
            return null;
        }
        Token after = m.after(1);
        if (after != null && glued(m.get(3), after) && (after.is(TokenKind.NUMBER) || after.is(TokenKind.PUNCT))) {
            return null;
        }
        int v = m.value(3);
        return Single.of(new Point(1900 + v % 100, m.value(1), v / 100, YearSource.TWO_DIGIT_PIVOT));
    }

    /** US order; a first part over 12 is a day (25/12/1956); both parts 12 or less is ambiguous, said in a warning. */
    private static DateValue us(Elements e, Match m) {
        int a = m.value(0);
        int b = m.value(2);
        if (a > 12 && b > 12) {
            return null;
        }
        Single s = Single.of(a > 12 ? e.point(m.get(4), b, a) : e.point(m.get(4), a, b));
        return a <= 12 && b <= 12 && a != b ? Marked.warn(s, AMBIGUOUS) : s;
    }

    /** Dots after the day and the month, glued or as the number's suffix ("3. 6. 1812"). */
    private static boolean dotted(Match m) {
        return (m.get(0).text().equals(".") || m.has(1)) && (m.get(2).text().equals(".") || m.has(3))
                && !(m.has(1) && !glued(m.get(0), m.get(1)));
    }

    private static boolean sameSeparator(Match m, int a, int b) {
        return m.get(a).text().equals(m.get(b).text());
    }

    /** Not part of a longer run of numbers: 1.2.1956.4, 1/2/3/1956, 12-27-368. */
    static boolean alone(Match m) {
        Token before = m.before(1);
        Token after = m.after(1);
        Token first = m.get(firstBound(m));
        Token last = m.tokens().get(m.last());
        boolean left = before != null && glued(before, first) && (before.is(TokenKind.NUMBER)
                || before.is(TokenKind.CODE)
                || (before.is(TokenKind.PUNCT) && "/.".contains(before.text()) && m.before(2) != null
                && (m.before(2).is(TokenKind.NUMBER) || m.before(2).is(TokenKind.CODE)) && glued(m.before(2), before)));
        boolean right = after != null && glued(last, after) && (after.is(TokenKind.NUMBER) || after.is(TokenKind.CODE)
                || ((after.isPunct('/') || after.isPunct('.') || after.is(TokenKind.RANGE)) && m.after(2) != null
                && m.after(2).is(TokenKind.NUMBER) && glued(after, m.after(2))));
        return !left && !right;
    }

    private static int firstBound(Match m) {
        int i = 0;
        while (!m.has(i)) {
            i++;
        }
        return i;
    }
}
