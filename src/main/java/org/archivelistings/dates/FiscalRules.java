package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.date;
import static org.archivelistings.dates.Elements.kind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Fiscal years, read in the open-ends pass over finished dates: the twelve months that end on a day ("for the
 * year ending June 30, 1812"), and a fiscal year named by the year it ends in ("fiscal year 1956", "FY1956",
 * "the fiscal year 1955-56"), which the United States government ran July–June until FY1976 and
 * October–September from FY1977 (conventions.properties).
 */
final class FiscalRules {
    private FiscalRules() {}

    static List<Rule> rules(Conventions c) {
        return List.of(
                new Rule("fiscal year ending on a day", 40, List.of(kind(TokenKind.YEAR_ENDING)
                        .and(t -> t.value() == 0), date()), FiscalRules::endingOn,
                        "for the year ending June 30, 1812 => 1811-07-01/1812-06-30",
                        "fiscal year ended 30 June 1956 => 1955-07-01/1956-06-30", "year ending => none"),
                new Rule("fiscal year by the year it ends in", 40, List.of(kind(TokenKind.YEAR_ENDING)
                        .and(t -> t.value() == 1), date()), m -> named(c, m.get(1).date()),
                        "fiscal year 1956 => 1955-07-01/1956-06-30", "FY 1956 => 1955-07-01/1956-06-30",
                        "FY1980 => 1979-10-01/1980-09-30", "the fiscal year 1955-56 => 1955-07-01/1956-06-30",
                        "fiscal years 1955-1958 => 1954-07-01/1958-06-30", "Budget, FY 1957 => 1956-07-01/1957-06-30",
                        "fiscal year June 1956 => 1956-06", "fiscal year => none"));
    }

    /** The twelve months that end on the day given. */
    private static DateValue endingOn(Match m) {
        DateValue v = m.get(1).date();
        if (!(v instanceof Single s) || s.extent() != Extent.POINT || s.point().day() == null
                || s.point().year() == null) {
            return null;
        }
        Point p = s.point();
        LocalDate start = LocalDate.of(p.year(), p.month(), p.day()).minusYears(1).plusDays(1);
        return new Span(Single.of(new Point(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                p.source())), v);
    }

    /** A year, or two years ("1955-56" is one fiscal year, "1955-1958" four): from the first's start to the last's end. */
    private static DateValue named(Conventions c, DateValue v) {
        Point a = year(v instanceof Span s ? s.from() : v);
        Point b = year(v instanceof Span s ? s.to() : v);
        if (a == null || b == null || b.year() < a.year()) {
            return null;
        }
        int first = v instanceof Span && b.year() == a.year() + 1 ? b.year() : a.year();
        int startMonth = c.fiscalStartMonth(first);
        int endMonth = (c.fiscalStartMonth(b.year()) + 10) % 12 + 1;
        YearMonth start = YearMonth.of(startMonth == 1 ? first : first - 1, startMonth);
        YearMonth end = YearMonth.of(b.year(), endMonth);
        return new Span(Single.of(new Point(start.getYear(), start.getMonthValue(), 1, a.source())),
                Single.of(new Point(end.getYear(), end.getMonthValue(), end.lengthOfMonth(), b.source())));
    }

    /** The point of a year alone (no month, no decade), else null. */
    private static Point year(DateValue v) {
        return v instanceof Single s && s.extent() == Extent.POINT && s.point().year() != null
                && s.point().month() == null ? s.point() : null;
    }
}
