package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.date;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;
import static org.archivelistings.dates.Elements.through;

import java.util.List;

/**
 * Third pass (HeidelTime's second pass): ranges and lists over dates built by any first-pass rule. The
 * earlier side takes the parts it lacks from the later one ("from 29 August to 14 September 1956") and
 * the later from the earlier ("1956년 4월 28일부터 4월 29일까지").
 */
final class SpanRules {
    private SpanRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("range", 30, List.of(kind(TokenKind.FROM).opt(), date(), through(),
                        kind(TokenKind.CIRCA).opt(), date(),
                        kind(TokenKind.CLOSE).opt()), SpanRules::range,
                        "1851-1852 => 1851/1852", "1812 to 1815 => 1812/1815", "from 1812 to 1815 => 1812/1815",
                        "1812 bis 1815 => 1812/1815", "1812-től 1815-ig => 1812/1815", "június 3-tól 9-ig | 1812 => 1812-06-03/1812-06-09", "с 1812 по 1815 год => 1812/1815",
                        "del 1812 al 1815 => 1812/1815", "1956 júniusától 1957 áprilisáig => 1956-06/1957-04",
                        "de la 3 până la 9 iunie 1812 => 1812-06-03/1812-06-09",
                        "dal 1812 al 1815 => 1812/1815", "od 1812 do 1815 => 1812/1815", "1812년 - 1815년 => 1812/1815",
                        "1812年至1815年 => 1812/1815", "《毛澤東傳(1949~1976)》 => 1949/1976", "연도 1956년 ~ 1956년 => 1956",
                        "1956년 4월 28일부터 4월 29일까지 평양에서 => 1956-04-28/1956-04-29",
                        "from 29 August to 14 September 1956 => 1956-08-29/1956-09-14",
                        "du 3 juin au 9 juillet 1812 => 1812-06-03/1812-07-09", "Aug - Sept 2018 => 2018-08/2018-09",
                        "Jun 1898 - [July 4 1900] => 1898-06/1900-07-04", "1900-1903, cast before 1929 => 1900/1903",
                        "early June to late August 1812 => 1812-06-01/1812-08-31",
                        "1812 - 1956 June 3 => 1812/1956-06-03",
                        "1815 - 1812 => 1815", "1856-ca. 1865 => 1856/1865~", "c. 1860 to c. 1875 => 1860~/1875~",
                        "3 - 4 => none"),
                // the question mark of the first year read before the range takes it: "1872?-1875" (MarkRules come later)
                new Rule("range, the first end uncertain", 31, List.of(kind(TokenKind.FROM).opt(), date(),
                        punct("?").glued(), through(), date()),
                        m -> Span.between(Marked.flag(m.get(1).date(), DateFlag.UNCERTAIN), m.get(4).date()),
                        "1872?-1875 => 1872?/1875", "1956? – 1958 => 1956?/1958", "June? - August 1956 => 1956-06?/1956-08",
                        "1875?-1872 => 1875?", "? - ? => none"),
                new Rule("between … and", 35, List.of(kind(TokenKind.FROM).and(t -> t.value() == 1),
                        kind(TokenKind.DECADE, TokenKind.YEAR_MARK).opt(), date(), kind(TokenKind.LIST), date()),
                        m -> Span.between(m.get(2).date(), m.get(4).date()),
                        "between 1812 and 1815 => 1812/1815", "zwischen 1812 und 1815 => 1812/1815",
                        "entre 1812 et 1815 => 1812/1815", "между 1812 и 1815 годами => 1812/1815",
                        "between June 3 and June 9, 1812 => 1812-06-03/1812-06-09", "between us and them => none"),
                new Rule("between a list", 36, List.of(kind(TokenKind.FROM).and(t -> t.value() == 1), date()),
                        m -> m.get(1).date() instanceof DateSet s && !s.oneOf() && s.items().size() == 2
                                ? Span.between(s.items().get(0), s.items().get(1)) : null,
                        "between June 3 and 9, 1812 => 1812-06-03/1812-06-09",
                        "between 9 and 12 July 1956 => 1956-07-09/1956-07-12",
                        "between => none"),
                new Rule("between … and, after the dates", 36, List.of(date(),
                        kind(TokenKind.CLOSE).and(t -> t.value() == 1)),
                        m -> m.get(0).date() instanceof DateSet s && !s.oneOf() && s.items().size() == 2
                                ? Span.between(s.items().get(0), s.items().get(1)) : null,
                        "1812 és 1815 között => 1812/1815", "1812. június 3. és 9. között => 1812-06-03/1812-06-09",
                        "1812년과 1815년 사이 => 1812/1815", "1812年和1815年之间 => 1812/1815", "között => none"),
                new Rule("the end of one date and the start of the next", 22, List.of(date(), date()),
                        m -> turn(m.get(0).date(), m.get(1).date()),
                        "18世纪末19世纪初 => 1766/1832", "1955年底1956年初 => 1955-10/1956-03", "18세기 말 19세기 초 => 1766/1832",
                        "1950年代末60年代初 => 1957/1963", "19世纪初18世纪末 => 1800/1832", "末初 => none"),
                new Rule("year/year", 25, List.of(date(), punct("/").glued(), date().glued()), SpanRules::slashed,
                        "in 1964/2008 => 1964/2008", "the 1949/1950 season => 1949/1950", "1950/1949 => 1950",
                        "/ => none"),
                new Rule("list", 20, List.of(date(), kind(TokenKind.LIST, TokenKind.OR, TokenKind.PUNCT), date()),
                        SpanRules::list,
                        "1863 or 1864 => [1863,1864]", "July and August 1776 => {1776-07,1776-08}",
                        "June 3 and June 9, 1812 => {1812-06-03,1812-06-09}", "1956 und 1957 => {1956,1957}",
                        "1956 és 1957 => {1956,1957}", "1956년 및 1957년 => {1956,1957}", "1776, 1777 => {1776,1777}",
                        "1776, 1789-1800 => {1776,1789..1800}", "June 1956, 1957 => 1956-06",
                        "1956 or later => 1956/..", "June, July and August 1812 => {1812-06,1812-07,1812-08}",
                        "May, June, July and August 1812 => {1812-05,1812-06,1812-07,1812-08}",
                        "Juni, Juli und August 1812 => {1812-06,1812-07,1812-08}",
                        "июнь, июль и август 1812 => {1812-06,1812-07,1812-08}", "1812, 1813 and 1815 => {1812,1813,1815}",
                        "1956, 1957 or 1958 => [1956,1957,1958]", "Juni, Juli oder August 1956 => [1956-06,1956-07,1956-08]",
                        "3 June, 4 and 9 July 1812 => {1812-06-03,1812-07-04,1812-07-09}",
                        "June/July 1956 => [1956-06,1956-07]", "Summer/Fall 1956 => [1956-22,1956-23]",
                        "Frühjahr/Sommer 1956 => [1956-21,1956-22]", "June / 1956 => 1956", "1956年6月和7月 => {1956-06,1956-07}", "1956년 6월과 7월 => {1956-06,1956-07}",
                        "and or => none"));
    }

    /** "18世纪末19世纪初": the late part of a date, then the early part of a later one, is the turn between them. */
    private static DateValue turn(DateValue a, DateValue b) {
        if (a instanceof Single x && b instanceof Single y && x.code() == 2 && y.code() == 0 && x.extent() != Extent.SEASON
                && y.extent() != Extent.SEASON && x.point().year() != null && y.point().year() != null
                && x.point().year() < y.point().year()) {
            return new Span(a, b);
        }
        return null;
    }

    /** "between" takes "and", not a dash; a circa word before the end marks the end only. */
    private static DateValue range(Match m) {
        if (m.has(0) && m.value(0) == 1) {
            return null;
        }
        DateValue end = m.has(3) ? Marked.flag(m.get(4).date(), DateFlag.APPROXIMATE) : m.get(4).date();
        return Span.between(m.get(1).date(), end);
    }

    /** "1776, 1777": a comma lists years only (after a month or day it starts another phrase). */
    private static DateValue list(Match m) {
        Token sep = m.get(1);
        if (sep.isPunct('/')) {
            // "June/July 1956", "Summer/Fall 1956": one of two months or seasons (years: the year/year rule)
            return m.get(0).date() instanceof Single a && a.weak() && Elements.glued(m.get(0), sep)
                    && Elements.glued(sep, m.get(2)) && alike(a, m.get(2).date())
                    ? DateSet.of(a, m.get(2).date(), true) : null;
        }
        DateValue a = m.get(0).date();
        DateValue b = m.get(2).date();
        if (sep.is(TokenKind.PUNCT)) {
            if (!sep.isPunct(',') || !(years(a) && years(b) || continues(a, b))) {
                return null;
            }
            // "Juni, Juli oder August": the comma joins the list the way its last connector does
            return DateSet.of(a, b, b instanceof DateSet s && s.oneOf());
        }
        if (sep.is(TokenKind.OR) && a instanceof DateSet s && !s.oneOf()) {
            // "1956, 1957 or 1958": the commas read first were the same one-of list
            return DateSet.of(new DateSet(s.items(), true), b, true);
        }
        return DateSet.of(a, b, sep.is(TokenKind.OR));
    }

    /** "June, July and August 1812", "3 June, 4 and 9 July": a comma before a list of the same kind of date lengthens it. */
    private static boolean continues(DateValue a, DateValue list) {
        return list instanceof DateSet s && alike(a, s.items().get(0));
    }

    /** Two dates of one kind: two months, two days, two seasons, two years. */
    private static boolean alike(DateValue a, DateValue b) {
        return a instanceof Single x && b instanceof Single y && x.extent() == y.extent()
                && (x.point().day() == null) == (y.point().day() == null)
                && (x.point().month() == null) == (y.point().month() == null);
    }

    private static boolean years(DateValue v) {
        if (v instanceof Span s) {
            return s.from() != null && s.to() != null && years(s.from()) && years(s.to());
        }
        if (v instanceof DateSet s) {
            return s.items().stream().allMatch(SpanRules::years);
        }
        return v instanceof Single x && x.extent() == Extent.POINT && x.point().month() == null
                && x.point().year() != null;
    }

    private static DateValue slashed(Match m) {
        DateValue a = m.get(0).date();
        DateValue b = m.get(2).date();
        if (!(a instanceof Single x) || !(b instanceof Single y) || x.point().month() != null
                || y.point().month() != null
                || x.extent() != Extent.POINT || y.extent() != Extent.POINT || x.point().year() >= y.point().year()) {
            return null;
        }
        return new Span(a, b);
    }
}
