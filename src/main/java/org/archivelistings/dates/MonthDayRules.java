package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.dash;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;
import static org.archivelistings.dates.Elements.through;

import java.util.List;

/**
 * A month word before the day or after the year: "June 3, 1812", "agosto 4 1776", "November 1-3, 1954",
 * "1812 June 3-9", Hungarian "1812. június 3-9.", "1812-Jun-03", "October 1976", "в июне 1812 года", and a
 * month alone, which only counts inside a range or list ("Aug - Sept 2018").
 */
final class MonthDayRules {
    private MonthDayRules() {}

    static List<Rule> rules(Elements e) {
        Element month = kind(TokenKind.MONTH);
        Element comma = punct(",").opt();
        Element mark = kind(TokenKind.YEAR_MARK).opt();
        Element dot = punct(".").opt();
        return List.of(
                new Rule("month day year", 30, List.of(month, comma, e.day(), comma, e.wordYear(), mark),
                        m -> DayMonthRules.yearAlone(e, m, 4) ? Single.of(e.point(m.get(4), m.value(0), m.value(2)))
                                : null,
                        "June 3, 1812 => 1812-06-03", "September 01, 1956 => 1956-09-01",
                        "October3, 1921 => 1921-10-03",
                        "July twenty-first, 1776 => 1776-07-21", "août 4 1776 => 1776-08-04",
                        "agosto 4 1776 => 1776-08-04",
                        "May 19, 1982, 1629Z => 1982-05-19", "Washington, January 17, 1958. => 1958-01-17", "Washington, May 6, 1957—3 p.m. => 1957-05-06",
                        "June the 3rd, 1812 => 1812-06-03", "[June] 03, 1812 => 1812-06-03",
                        "Ju[ne] 3, 1812 => 1812-06-03",
                        "Thu Jan 1 00:00:00 1970 => 1970-01-01", "Room May 40 => none"),
                new Rule("month day year with a footnote mark", 29, List.of(month, e.day(), punct(","), footnoted()),
                        m -> Single.of(e.point(m.get(3), m.value(0), m.value(1))),
                        "Washington, May 6, 19572 => 1957-05-06", "Paris, June 3, 181214. => 1812-06-03",
                        "Room 6, 19572 => none"),
                new Rule("month day two-digit year", 25, List.of(month, e.day(), punct(",").opt(), e.shortYear()),
                        m -> DayMonthRules.shortYearEnds(m) ? Single.of(e.point(m.get(3), m.value(0), m.value(1)))
                                : null,
                        "jan 10, '00 => 1900-01-10", "Jun 3, 12 => 1912-06-03", "June 3, 12 delegates => XXXX-06-03",
                        "June 45, 12 => none"),
                new Rule("month day", 20, List.of(month, comma, e.day()),
                        m -> time(m, 2) ? null : Single.of(e.point(null, m.value(0), m.value(2))),
                        "April 22 | 1957-05-06 => 1957-04-22", "March 13 => XXXX-03-13",
                        "július 6-án | 1956 => 1956-07-06",
                        "[June] 03 => XXXX-06-03", "Drafted by Gleason on June 1. | 1956-05-31 => 1956-06-01",
                        "May 45 => none", "May 10:30 => none"),
                new Rule("month day range", 40, List.of(month, e.day(), through(), e.day(), comma, e.wordYear().opt(),
                        mark),
                        m -> DayMonthRules.dayRange(e, m, 1, 3, 0, 5),
                        "November 1-3, 1954 => 1954-11-01/1954-11-03", "September 1-3rd, 1929 => 1929-09-01/1929-09-03",
                        "March 13–14 | 1956 => 1956-03-13/1956-03-14", "June 3 to 9, 1812 => 1812-06-03/1812-06-09",
                        "October 5-7, 1961 => 1961-10-05/1961-10-07", "June 3–9, '56 => 1956-06-03/1956-06-09", "június 3-9. | 1812 => 1812-06-03/1812-06-09",
                        "May 40-45 => none"),
                new Rule("month day list", 40, List.of(month, e.day(), DayList.tail(e), comma, e.wordYear().opt()),
                        m -> DayList.read(m, 1, 2, e.point(m.get(4), m.value(0), null)),
                        "July 9 and 12, 1956 => {1956-07-09,1956-07-12}",
                        "June 3 or 4, 1812 => [1812-06-03,1812-06-04]",
                        "June 3, 4 and 9, 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "June 3, 4, and 9, 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "June 3, 4 or 9, 1812 => [1812-06-03,1812-06-04,1812-06-09]",
                        "June 3 and more => XXXX-06-03", "June 3, 1812 and 1815 => {1812-06-03,1815}", "and 12 => none"),
                new Rule("year month day list", 40, List.of(e.wordYear(), dot, comma, month, e.day(), DayList.tail(e)),
                        m -> DayMonthRules.yearAlone(e, m, 0) ? DayList.read(m, 4, 5, e.point(m.get(0), m.value(3), null))
                                : null,
                        "1812. június 3., 4. és 9. => {1812-06-03,1812-06-04,1812-06-09}",
                        "1956. július 9. és 12. => {1956-07-09,1956-07-12}", "1956. július 9. vagy 10. => [1956-07-09,1956-07-10]",
                        "1812 June 3, 4 and 9 => {1812-06-03,1812-06-04,1812-06-09}", "1956. július 12. és 9. => 1956-07-12",
                        "9999 3 and 4 => none"),
                new Rule("year month day", 30, List.of(e.wordYear(), dot, comma, month, e.day()),
                        m -> DayMonthRules.yearAlone(e, m, 0) && !time(m, 4) ? Single.of(e.point(m.get(0), m.value(3),
                                m.value(4))) : null,
                        "1812 June 3 => 1812-06-03", "1812. június 3. => 1812-06-03", "1776 July 4 => 1776-07-04",
                        "1956. október 23-án => 1956-10-23", "'56. október 23-án => 1956-10-23", "1812 June 45 => 1812-06", "3000 June 3 => XXXX-06-03",
                        "Washington 1812 June => 1812-06", "pages 1812 June => none", "5000 June 3 => XXXX-06-03", "Room 9999 June => none"),
                new Rule("year month day range", 40, List.of(e.wordYear(), dot, comma, month, e.day(), through(), e.day()),
                        m -> DayMonthRules.dayRange(e, m, 4, 6, 3, 0),
                        "1812 June 3-9 => 1812-06-03/1812-06-09", "1812. június 3-9. => 1812-06-03/1812-06-09",
                        "1812 June 9-3 => 1812-06-09", "9999 June 3-9 => XXXX-06-03/XXXX-06-09", "9999 June => none"),
                new Rule("year day month", 25, List.of(e.year(), e.day(), month),
                        m -> DayMonthRules.yearAlone(e, m, 0) ? Single.of(e.point(m.get(0), m.value(2), m.value(1)))
                                : null,
                        "1776 4 July => 1776-07-04", "1776 44 July => 1776", "9999 4 July => XXXX-07-04",
                        "9999 44 July => none"),
                new Rule("year-month-day with dashes", 60, List.of(e.year(), dash().glued(), month.glued(),
                        dash().glued(),
                        e.day().glued()), m -> Single.of(e.point(m.get(0), m.value(2), m.value(4))),
                        "1812-Jun-03 => 1812-06-03", "1962-Oct-17 => 1962-10-17", "1812-Jun-45 => 1812",
                        "A-Jun-03 => none"),
                new Rule("month year", 20, List.of(month, comma, Elements.yearArticle(), e.year(), mark),
                        m -> DayMonthRules.yearAlone(e, m, 3) ? Single.of(e.point(m.get(3), m.value(0), null)) : null,
                        "October 1976 => 1976-10", "October, 1966 => 1966-10", "в июне 1812 года => 1812-06",
                        "Juni 1836 => 1836-06", "junio de 1812 => 1812-06", "czerwca 1812 r. => 1812-06",
                        "Jun 1898 => 1898-06", "Sept. 1956 => 1956-09", "junio del 1956 => 1956-06",
                        "giugno del 1956 => 1956-06", "May 40 => none", "de junio del 1956 a agosto del 1958 => 1956-06/1958-08"),
                new Rule("month with an abbreviated year", 15, List.of(month, e.shortYear().and(t
                        -> t.text().equals("'"))),
                        m -> Single.of(e.point(m.get(1), m.value(0), null)), "June '56 => 1956-06", "June 56 => none"),
                new Rule("month-year with a dash", 55, List.of(month, dash().glued(), e.anyYear().glued()),
                        m -> m.value(2) > 31 && !dashed(m.before(1), m.get(0)) && !dashed(m.get(2), m.after(1))
                                ? Single.of(e.point(m.get(2), m.value(0), null)) : null,
                        "Jun-56 => 1956-06", "SEP-62 => 1962-09", "June-1956 => 1956-06", "Jun-1956 => 1956-06",
                        "Jun-03 => none"),
                new Rule("year month", 15, List.of(e.wordYear(), dot, comma, month),
                        m -> DayMonthRules.yearAlone(e, m, 0) ? Single.of(e.point(m.get(0), m.value(3), null)) : null,
                        "1812 June => 1812-06", "1812. június => 1812-06", "1812 Jun.-Aug. => 1812-06/1812-08",
                        "1812 Junebug => 1812", "'56 októberében => 1956-10", "3000 June => none"),
                new Rule("month alone", 1, List.of(month), m -> new Single(Point.of(null, m.value(0), null),
                        Extent.POINT, -1, true),
                        "Aug - Sept 2018 => 2018-08/2018-09", "July and August 1776 => {1776-07,1776-08}",
                        "в июне | 1812 => 1812-06", "June | 1956-06-15 => 1956-06", "May I come | 1956 => none", "in June => none"));
    }

    /** A dash glued between a and b: "Jun-56" inside "1812-Jun-56" or "Jun-45-1956" is no month-year. */
    private static boolean dashed(Token a, Token b) {
        return a != null && b != null && (a.is(TokenKind.RANGE) || b.is(TokenKind.RANGE)) && Elements.glued(a, b);
    }

    /** A year with a footnote number glued after it (FRUS headings: "May 6, 19572"), its value the year. */
    static Element footnoted() {
        return Elements.where(TokenKind.NUMBER, t -> (t.digits() == 5 || t.digits() == 6) && t.text().isEmpty()
                && t.value() / (t.digits() == 5 ? 10 : 100) >= 1000 && t.value() / (t.digits() == 5 ? 10
                        : 100) <= 2099);
    }

    /** "May 10:30": the number is an hour. */
    private static boolean time(Match m, int element) {
        Token day = m.get(element);
        int i = m.indexOf(element);
        return i + 1 < m.tokens().size() && m.tokens().get(i + 1).isPunct(':') && Elements.glued(day,
                m.tokens().get(i + 1));
    }
}
