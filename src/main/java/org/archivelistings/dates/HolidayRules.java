package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;

import java.util.List;

/**
 * Holidays on a fixed day of the Gregorian calendar, with their year: "Christmas 1956", "New Year's Eve, 1956",
 * "May Day 1956", "Silvester 1956", "1956年国庆节", "1957년 삼일절". The lexicon's value is the month and day
 * (1225); feasts that move with Easter or the lunar calendar, and the Orthodox Christmas, are not listed.
 * Without a year a holiday is no date: "the Christmas holidays" names no year.
 */
final class HolidayRules {
    private HolidayRules() {}

    static List<Rule> rules(Elements e) {
        Element holiday = kind(TokenKind.HOLIDAY);
        return List.of(
                new Rule("holiday year", 32, List.of(holiday, punct(",").opt(), Elements.yearArticle(), e.wordYear(),
                        kind(TokenKind.YEAR_MARK).opt()), m -> day(e, m.get(3), m.value(0)),
                        "Christmas 1956 => 1956-12-25", "Christmas Day, 1956 => 1956-12-25",
                        "New Year's Eve, 1956 => 1956-12-31", "New Year's Day 1957 => 1957-01-01",
                        "May Day 1956 => 1956-05-01", "at Christmas of 1956 => 1956-12-25", "Silvester 1956 => 1956-12-31",
                        "Noël 1956 => 1956-12-25", "Navidad de 1956 => 1956-12-25", "Natale 1956 => 1956-12-25",
                        "Boże Narodzenie 1956 => 1956-12-25", "Christmas '56 => 1956-12-25",
                        "the Christmas holidays => none", "Christmas cards | 1956 => none"),
                new Rule("year holiday", 32, List.of(e.wordYear(), kind(TokenKind.CJK_YEAR).opt(), holiday),
                        m -> day(e, m.get(0), m.value(2)),
                        "1956年国庆节 => 1956-10-01", "1957年元旦 => 1957-01-01", "1957년 삼일절 => 1957-03-01",
                        "1956 karácsonyán => 1956-12-25", "国庆节 => none"));
    }

    private static DateValue day(Elements e, Token year, int monthDay) {
        return Single.of(e.point(year, monthDay / 100, monthDay % 100));
    }
}
