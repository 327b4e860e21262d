package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;

import java.util.List;

/** Seasons with a year, before or after it: "summer of 1812", "летом 1812 года", "1959年春", "1812년 봄", "1812 nyarán". */
final class SeasonRules {
    private SeasonRules() {}

    static List<Rule> rules(Elements e) {
        Element season = kind(TokenKind.SEASON);
        Element twoYears = kind(TokenKind.RANGE, TokenKind.BEFORE, TokenKind.PUNCT).and(t -> !t.is(TokenKind.PUNCT)
                || t.isPunct('/'));
        return List.of(
                new Rule("season year", 30, List.of(season, punct(",").opt(), Elements.yearArticle(), e.wordYear(),
                        kind(TokenKind.YEAR_MARK).opt()), m -> e.season(e.point(m.get(3), null, null), m.get(0), false),
                        "spring 1959 => 1959-21", "summer of 1812 => 1812-22", "Fall 1776 => 1776-23",
                        "winter 1812 => 1812-24", "летом 1812 года => 1812-22", "Sommer 1812 => 1812-22",
                        "été 1812 => 1812-22", "verano de 1812 => 1812-22", "inverno 1812 => 1812-24",
                        "jesienią 1812 r. => 1812-23", "toamna 1812 => 1812-23",
                        "nella primavera del 1956 => 1956-21", "în vara anului 1956 => 1956-22", "el otoño de 1956 => 1956-23",
                        "verano del '56 => 1956-22", "nell'estate del '56 => 1956-22", "Spring, 1956 => 1956-21",
                        "the fall of Saigon => none"),
                new Rule("year season", 30, List.of(e.wordYear(), kind(TokenKind.CJK_YEAR).opt(), season),
                        m -> e.season(e.point(m.get(0), null, null), m.get(2), false),
                        "1959年春 => 1959-21", "1956年初夏 => 1956-06", "1956年深秋 => 1956-11", "1956년 초여름 => 1956-06", "1812년 봄 => 1812-21", "1812 nyarán => 1812-22", "1776 Spring => 1776-21",
                        "1950年夏季 => 1950-22", "'56 nyarán => 1956-22", "春 => none"),
                new Rule("year, two seasons glued", 32, List.of(e.year(), kind(TokenKind.CJK_YEAR).opt(), season,
                        season.glued()), m -> glued(e, m),
                        "1956年春夏 => {1956-21,1956-22}", "1956年夏秋季 => {1956-22,1956-23}", "1956年冬春 => {1956-24,1956-21}",
                        "1956年秋冬 => {1956-23,1957-24}", "1956년 봄여름 => {1956-21,1956-22}", "1956年夏春 => 1956-22",
                        "春夏 => none"),
                new Rule("winter across two years", 35, List.of(season.and(t -> t.value() == 24), e.wordYear(),
                        twoYears, e.anyYear()), m -> winter(e, m, 1, 3),
                        "Winter 1861-1862 => 1862-24", "winter 1955-56 => 1956-24", "Winter 1861-1870 => 1861-24/1870",
                        "winter of 1955/56 => 1956-24", "winter '55-'56 => 1956-24", "winter of '55/'56 => 1956-24", "зимой 1955/56 года => 1956-24", "v zimě 1955/56 => 1956-24",
                        "winter 18-19 => none"),
                new Rule("winter across two years, the years first", 35, List.of(e.year(), twoYears, e.anyYear(),
                        kind(TokenKind.CJK_YEAR).opt(), season.and(t -> t.value() == 24)), m -> winter(e, m, 0, 2),
                        "1955/56 telén => 1956-24", "1955-1956年冬 => 1956-24", "1955-56 겨울 => 1956-24", "1955-57 telén => 1955/1957",
                        "55/56 telén => none"),
                new Rule("season with an abbreviated year", 25, List.of(season, e.shortYear().and(t
                        -> t.text().equals("'"))), m -> new Single(e.point(m.get(1), null, null), Extent.SEASON,
                                m.value(0), false),
                        "Spring ’56 => 1956-21", "the summer of '56 => 1956-22", "Winter 56 => none"),
                new Rule("season alone", 1, List.of(season), m -> e.season(Point.of(null, null, null), m.get(0), true), "spring and summer 1812 => {1812-21,1812-22}", "Prague Spring | 1968 => none", "im Sommer | 1956 => 1956-22",
                                "winter => none"));
    }

    /**
     * "1956年春夏": two seasons of one year written as one word, in the order of the year; a winter after
     * another season ("秋冬", autumn and winter) is the winter that begins at that year's end.
     */
    private static DateValue glued(Elements e, Match m) {
        int a = m.value(2);
        int b = m.value(3);
        if (a == b || (b < a && a != 24)) {
            return null;
        }
        Point p = e.point(m.get(0), null, null);
        Point q = b == 24 ? new Point(p.year() + 1, null, null, p.source()) : p;
        return new DateSet(List.of(new Single(p, Extent.SEASON, a, false), new Single(q, Extent.SEASON, b, false)), false);
    }

    /** The winter of the later year, when the second year follows the first ("1955/56"); else no such winter. */
    private static DateValue winter(Elements e, Match m, int first, int second) {
        Point a = e.point(m.get(first), null, null);
        return m.value(second) % 100 == (a.year() + 1) % 100
                ? new Single(new Point(a.year() + 1, null, null, a.source()), Extent.SEASON, 24, false) : null;
    }
}
