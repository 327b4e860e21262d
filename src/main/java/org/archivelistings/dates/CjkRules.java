package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.number;
import static org.archivelistings.dates.Elements.through;

import java.util.List;

/**
 * Chinese, Japanese (era-free) and Korean dates with the units 年月日 and 년월일, in Arabic or CJK numerals:
 * "1956年9月23日", "一八一二年六月三日", "1955년 12월 28일", day ranges "6월 3일-9일", "1956년 4월 23-28일",
 * and two-digit Korean years before a month ("12년 6월" is 1912).
 */
final class CjkRules {
    private CjkRules() {}

    static List<Rule> rules(Elements e) {
        Element year = cjkYear(e);
        Element yearUnit = kind(TokenKind.CJK_YEAR);
        Element month = number(1, 12, 2);
        Element monthUnit = kind(TokenKind.CJK_MONTH);
        Element day = number(1, 31, 2);
        Element dayUnit = kind(TokenKind.CJK_DAY);
        return List.of(
                new Rule("cjk year month day", 50, List.of(year.opt(), yearUnit.opt(), month, monthUnit, day, dayUnit),
                        m -> m.has(0) == m.has(1) ? Single.of(point(e, m.get(0), m.value(2), m.value(4))) : null,
                        "1956年9月23日 => 1956-09-23", "一八一二年六月三日 => 1812-06-03", "１８１２年６月３日 => 1812-06-03",
                        "1955년 12월 28일 김일성은 => 1955-12-28", "8月24日下午 | 1954 => 1954-08-24",
                        "庐山会议期间彭德怀7月14日信件 | 1959 => 1959-07-14", "4月20日 18:10 => XXXX-04-20",
                        "6월 3일 => XXXX-06-03", "1812年6月3号 => 1812-06-03",
                        "11月4日 | 1956 => 1956-11-04", "12월 25일 | 1956 => 1956-12-25", "11年4日 => none", "二十三日 => none", "13月5日 => none"),
                new Rule("cjk day list", 52, List.of(year.opt(), yearUnit.opt(), month, monthUnit, day, dayUnit.opt(),
                        DayList.tail(e)), m -> m.has(0) == m.has(1) ? DayList.read(m, 4, 6, point(e, m.get(0), m.value(2),
                                null)) : null,
                        "1812年6月3日、4日和9日 => {1812-06-03,1812-06-04,1812-06-09}",
                        "1956年7月9日和12日 => {1956-07-09,1956-07-12}", "1812년 6월 3일, 4일, 9일 => {1812-06-03,1812-06-04,1812-06-09}",
                        "1956년 7월 9일 및 12일 => {1956-07-09,1956-07-12}", "1812年6月3日或4日 => [1812-06-03,1812-06-04]",
                        "1812年6月9日和3日 => 1812-06-09",
                        "1956年6月3、4日 => {1956-06-03,1956-06-04}", "1956年6月3、4、9日 => {1956-06-03,1956-06-04,1956-06-09}",
                        "1956년 6월 3, 4일 => {1956-06-03,1956-06-04}", "3日和4日 => none"),
                new Rule("cjk year month", 45, List.of(year, yearUnit, month, monthUnit),
                        m -> Single.of(point(e, m.get(0), m.value(2), null)),
                        "1945年8月 => 1945-08", "12년 6월 => 1912-06", "1812년 6월 => 1812-06", "一九五六年十月 => 1956-10",
                        "3个月 => none"),
                new Rule("cjk month list sharing the unit", 46, List.of(year, yearUnit, month,
                        kind(TokenKind.LIST, TokenKind.OR), month, monthUnit),
                        m -> m.value(2) < m.value(4) ? DateSet.of(Single.of(point(e, m.get(0), m.value(2), null)),
                                Single.of(point(e, m.get(0), m.value(4), null)), m.get(3).is(TokenKind.OR)) : null,
                        "1956年6、7月 => {1956-06,1956-07}", "1956年6月、7月 => {1956-06,1956-07}",
                        "1956년 6, 7월 => 1956", "1956年7、6月 => 1956", "年、月 => none"),
                new Rule("cjk month range sharing the unit", 46, List.of(year, yearUnit, month, through(), month,
                        monthUnit), m -> m.value(2) < m.value(4) ? new Span(Single.of(point(e, m.get(0), m.value(2), null)),
                                Single.of(point(e, m.get(0), m.value(4), null))) : null,
                        "1956年6-8月 => 1956-06/1956-08", "1956年6至8月 => 1956-06/1956-08", "1956年六至八月 => 1956-06/1956-08",
                        "1956년 6~8월 => 1956-06/1956-08", "1956년 6-8월 => 1956-06/1956-08", "1956年8-6月 => 1956",
                        "6-8个月 => none"),
                new Rule("cjk month", 40, List.of(month, monthUnit), m -> Single.of(Point.of(null, m.value(0), null)),
                        "六月 | 1812 => 1812-06", "6월 => XXXX-06", "13月 => none"),
                new Rule("cjk day range", 55, List.of(year.opt(), yearUnit.opt(), month, monthUnit, day, dayUnit.opt(),
                        through(), day, dayUnit, kind(TokenKind.CLOSE).opt()), CjkRules::dayRange,
                        "6월 3일-9일 => XXXX-06-03/XXXX-06-09", "10월 3일-9일 | 1956 => 1956-10-03/1956-10-09", "1956년 4월 23-28일 => 1956-04-23/1956-04-28",
                        "1812年6月3日至9日 => 1812-06-03/1812-06-09", "1956년 6월 3일부터 9일까지 => 1956-06-03/1956-06-09",
                        "6月3日至1日 => XXXX-06-03", "3日至9日 => none"),
                new Rule("cjk abbreviated year range", 45, List.of(e.year(), kind(TokenKind.RANGE), number(0, 99, 2),
                        yearUnit),
                        m -> abbreviated(m), "1812~15년 => 1812/1815", "1812-15年 => 1812/1815", "15~12년 => none"));
    }

    /** A year before 年/년: four digits, a CJK numeral written digit by digit, or two digits (19xx). */
    private static Element cjkYear(Elements e) {
        return Elements.where(TokenKind.NUMBER, t -> (t.digits() == 4 && t.value() >= 1000 && t.value() <= 2099)
                || (t.digits() == 2 && t.text().isEmpty()));
    }

    private static Point point(Elements e, Token year, int month, Integer day) {
        return e.point(year, month, day);
    }

    private static DateValue dayRange(Match m) {
        if (m.has(0) != m.has(1) || m.value(4) >= m.value(7)) {
            return null;
        }
        Integer y = m.has(0) ? (m.get(0).digits() == 2 ? 1900 + m.value(0) : m.value(0)) : null;
        Point a = Point.of(y, m.value(2), m.value(4));
        return new Span(Single.of(a), Single.of(new Point(a.year(), a.month(), m.value(7), a.source())));
    }

    private static DateValue abbreviated(Match m) {
        int from = m.value(0);
        int to = from / 100 * 100 + m.value(2);
        if (m.get(2).digits() != 2 || to <= from) {
            return null;
        }
        return new Span(Single.of(Point.of(from, null, null)), Single.of(Point.of(to, null, null)));
    }
}
