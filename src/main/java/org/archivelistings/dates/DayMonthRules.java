package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.dash;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;
import static org.archivelistings.dates.Elements.through;

import java.util.List;

/**
 * A day with a month word, day first: "3 June 1812", "3 de junio de 1812", "le 3 juin", "21. Dezember 2013",
 * "23 февраля 1952 г.", "the third of June", "03-Jun-1812", day ranges and lists before the month.
 */
final class DayMonthRules {
    private DayMonthRules() {}

    static List<Rule> rules(Elements e) {
        Element month = kind(TokenKind.MONTH);
        Element comma = punct(",").opt();
        Element mark = kind(TokenKind.YEAR_MARK).opt();
        return List.of(
                new Rule("day month year", 30, List.of(e.day(), comma, month, comma, Elements.yearArticle(), e.wordYear(), mark),
                        m -> yearAlone(e, m, 5) ? Single.of(e.point(m.get(5), m.value(2), m.value(0))) : null,
                        "3 June 1812 => 1812-06-03", "3 de junio de 1812 => 1812-06-03", "le 3 juin 1812 => 1812-06-03",
                        "21. Dezember 2013 => 2013-12-21", "23 февраля 1952 г. => 1952-02-23",
                        "3 giugno 1812 => 1812-06-03", "3 de junio del 2000 => 2000-06-03", "el 3 de junio del 1812 => 1812-06-03",
                        "16 января 1937 года Дэвис записал => 1937-01-16", "21 сентября 2021г., вторник => 2021-09-21",
                        "the third of June, 1812 => 1812-06-03", "the 3d day of June 1812 => 1812-06-03",
                        "the twenty-second day of March, eighteen hundred and twelve => 1812-03-22",
                        "twenty sixth of june nineteen eighty one => 1981-06-26", "7th of May 1987 => 1987-05-07", "le 3 juin '56 à Paris => 1956-06-03",
                        "21 Dec., 1974 => 1974-12-21", "“3” June 1812 => 1812-06-03", "3 czerwca 1812 r. => 1812-06-03",
                        "3. června 1812 => 1812-06-03", "3 iunie 1812 => 1812-06-03", "1er juin 1812 => 1812-06-01",
                        "le premier juin 1812 => 1812-06-01", "el tres de junio de 1812 => 1812-06-03",
                        "Ju[ne] 3 1812 => 1812-06-03", "3 Jun '12 => 1912-06-03", "3 июня 1812 года => 1812-06-03",
                        "3 Junebug 1812 => 1812",
                        "the fifth day of June, in the year of our Lord one thousand eight hundred and ninety-seven"
                                + " => 1897-06-05",
                        "3 [June] 1812 => 1812-06-03", "der zweiundzwanzigste Juni 1812 => 1812-06-22",
                        "le trois juin mil huit cent douze => 1812-06-03", "el tres de junio de mil ochocientos doce => 1812-06-03",
                        "третьего июня тысяча восемьсот двенадцатого года => 1812-06-03",
                        "il tre giugno milleottocentododici => 1812-06-03", "31 September 1956 => 1956-09", "3 May 2509/1954 => XXXX-05-03",
                        "3 Junebug => none"),
                new Rule("day month year with a footnote mark", 29, List.of(e.day(), month, MonthDayRules.footnoted()),
                        m -> Single.of(e.point(m.get(2), m.value(1), m.value(0))),
                        "Moscow, 6 May 19572 => 1957-05-06", "6 May 195712. => 1957-05-06", "6 pages 19572 => none"),
                new Rule("day month two-digit year", 25, List.of(e.day(), comma, month, comma, e.shortYear()),
                        m -> shortYearEnds(m) ? Single.of(e.point(m.get(4), m.value(2), m.value(0))) : null,
                        "3 Jun 12 => 1912-06-03", "13 января 50 г. => 1950-01-13", "5 March 56, 10:00 => 1956-03-05",
                        "3 June 12 delegates => XXXX-06-03", "03JUN56 => 1956-06-03", "12DEC62 => 1962-12-12",
                        "Message of 03JUN56 from CINCPAC => 1956-06-03", "3jun1956 => 1956-06-03", "A4MAY12 => none",
                        "page 3 of 12 => none"),
                new Rule("day month", 21, List.of(e.day(), comma, month), m -> Single.of(e.point(null, m.value(2),
                        m.value(0))),
                        "8 October | 1956 => 1956-10-08", "8 October => XXXX-10-08",
                        "Но 23 ноября, т. е. | 1970 => 1970-11-23",
                        "le 3 juin => XXXX-06-03", "3 pages => none", "40 June => none"),
                new Rule("day-month-year with dashes", 60, List.of(e.day(), dash().glued(), month.glued(),
                        dash().glued(),
                        e.anyYear().glued()), m -> Single.of(e.point(m.get(4), m.value(2), m.value(0))),
                        "03-Jun-1812 => 1812-06-03", "3-Jun-12 => 1912-06-03", "17-Oct-1962 => 1962-10-17",
                        "A-Jun-B => none"),
                new Rule("day/month/year with slashes or dots", 60, List.of(e.day(), punct("/.").glued(),
                        month.glued(), punct("/.").glued().opt(), e.anyYear().glued()),
                        m -> Single.of(e.point(m.get(4), m.value(2), m.value(0))),
                        "3/Jun/1956 => 1956-06-03", "03/JUN/56 => 1956-06-03", "3.Jun.1956 => 1956-06-03",
                        "12/Oct/1962 => 1962-10-12", "x/Jun/y => none"),
                new Rule("month-day-year with dashes", 60, List.of(month, dash().glued(), e.day().glued(),
                        dash().glued(), e.anyYear().glued()), m -> Single.of(e.point(m.get(4), m.value(0), m.value(2))),
                        "Jun-3-1956 => 1956-06-03", "Oct-17-62 => 1962-10-17", "Jun-A-1956 => 1956", "Jun-45-1956 => none"),
                new Rule("day range month", 40, List.of(e.day(), through(), e.day(), comma, month, comma,
                        e.wordYear().opt(), mark),
                        m -> dayRange(e, m, 0, 2, 4, 6),
                        "30-31 August 1956 => 1956-08-30/1956-08-31",
                        "с 4 по 11 февраля 1945 года => 1945-02-04/1945-02-11",
                        "for the period 16 through 30 August 1957 => 1957-08-16/1957-08-30",
                        "26-29 Oct. 2009 => 2009-10-26/2009-10-29",
                        "del 3 al 9 de junio de 1812 => 1812-06-03/1812-06-09",
                        "du 3 au 9 juin 1812 => 1812-06-03/1812-06-09",
                        "od 3 do 9 czerwca 1812 => 1812-06-03/1812-06-09",
                        "3-9 июня 1812 => 1812-06-03/1812-06-09", "3 bis 9. Juni 1812 => 1812-06-03/1812-06-09",
                        "3-9 June | 1812 => 1812-06-03/1812-06-09", "3–9 June '56 => 1956-06-03/1956-06-09", "pages 30-31 => none",
                        "9-3 June 1812 => 1812-06-03"),
                new Rule("day list month", 40, List.of(e.day(), DayList.tail(e), comma, month, comma,
                        e.wordYear().opt(), mark), m -> DayList.read(m, 0, 1, e.point(m.get(5), m.value(3), null)),
                        "9 and 12 July 1956 => {1956-07-09,1956-07-12}", "4 & 5 july 1776 => {1776-07-04,1776-07-05}",
                        "11/12 September 1957 => [1957-09-11,1957-09-12]",
                        "3 or 4 June 1812 => [1812-06-03,1812-06-04]",
                        "3 und 4. Juni 1812 => {1812-06-03,1812-06-04}", "3 и 4 июня 1812 => {1812-06-03,1812-06-04}",
                        "3, 4 and 9 June 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4, and 9 June 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4, 9 June 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3., 4. und 9. Juni 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4 и 9 июня 1812 года => {1812-06-03,1812-06-04,1812-06-09}",
                        "les 3, 4 et 9 juin 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4 y 9 de junio de 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4 e 9 giugno 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4 i 9 czerwca 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3., 4. a 9. června 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4 și 9 iunie 1812 => {1812-06-03,1812-06-04,1812-06-09}",
                        "3, 4 or 9 June 1812 => [1812-06-03,1812-06-04,1812-06-09]",
                        "1, 2, 3 and 4 May | 1956 => {1956-05-01,1956-05-02,1956-05-03,1956-05-04}",
                        "3, 9, 4 June 1812 => 1812-06-04", "3, 4 June 1812 => 1812-06-04", "3 and 4 or 9 => none",
                        "9 and 12 => none"));
    }

    static DateValue dayRange(Elements e, Match m, int a, int b, int month, int year) {
        Token y = m.get(year);
        if (y != null && !yearAlone(e, m, year)) {
            return null;
        }
        if (m.value(a) >= m.value(b) || (DayList.oneLetterWord(m.get(b - 1)) && m.get(a).text().equals("."))) {
            return null;
        }
        Point p = e.point(y, m.value(month), null);
        return new Span(Single.of(new Point(p.year(), p.month(), m.value(a), p.source())),
                Single.of(new Point(p.year(), p.month(), m.value(b), p.source())));
    }

    static boolean yearAlone(Elements e, Match m, int element) {
        return YearRules.standsAlone(e, m, element);
    }

    /** A two-digit year after a month ends the phrase: the text ends, or punctuation or a time follows. */
    static boolean shortYearEnds(Match m) {
        Token after = m.after(1);
        return after == null || after.is(TokenKind.PUNCT) || after.is(TokenKind.BRACKET)
                || after.is(TokenKind.YEAR_MARK) || written(m);
    }

    /** "03JUN56": day, month and year without a space are one date group, whatever follows. */
    private static boolean written(Match m) {
        List<Token> ts = m.tokens();
        for (int i = m.first() + 1; i <= m.last(); i++) {
            if (!Elements.glued(ts.get(i - 1), ts.get(i))) {
                return false;
            }
        }
        return true;
    }
}
