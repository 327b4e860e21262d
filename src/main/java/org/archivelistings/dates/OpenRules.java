package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.date;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;

import java.util.List;

/**
 * Last pass: open ends ("before 1812" is ../1812, "after 1812" 1812/..), in every lexicon language and
 * on either side of the date; a dash or slash at the edge of the text ("- 1776", "1812 - ",
 * "1812-06-01/"). Run twice, so that an open end and
 * an open start make one range ("after 1812 and before 1815").
 */
final class OpenRules {
    private OpenRules() {}

    static List<Rule> rules() {
        return List.of(
                // "through" right before a date is "until" ("through 1960"); with a word between it is "by means of"
                // ("through the July 4th Joint Statement")
                new Rule("open start", 30, List.of(kind(TokenKind.BEFORE, TokenKind.RANGE).and(t -> t.is(TokenKind.BEFORE)
                        || t.value() == 1), date()), m -> m.get(0).is(TokenKind.RANGE) && m.get(1).begin() - m.get(0).end() > 1
                                ? null : until(m.get(1).date()),
                        "before 1812 => ../1812", "until 1812 => ../1812", "not later than June 1812 => ../1812-06",
                        "by 1812 => ../1812", "bis 1812 => ../1812", "vor 1812 => ../1812", "до 1812 года => ../1812", "до 1812 року => ../1812",
                        "avant 1812 => ../1812", "antes de 1812 => ../1812", "hasta 1812 => ../1812",
                        "prima del 1812 => ../1812",
                        "przed 1812 r. => ../1812", "până la 3 iunie 1812 => ../1812-06-03", "před rokem 1812 => ../1812", "înainte de 1812 => ../1812",
                        "no later than 3 June 1812 => ../1812-06-03", "earlier than 1860 => ../1860", "through 1960 => ../1960",
                        "up to and including 1960 => ../1960", "1956 through 1960 => 1956/1960",
                        "through the July 4th Joint Statement | 1972 => 1972-07-04", "by now => none"),
                new Rule("open start after the date", 30, List.of(date(), punct(",").opt(), kind(TokenKind.BEFORE_POST, TokenKind.CLOSE)
                        .and(t -> !t.is(TokenKind.CLOSE) || t.value() == 0)),
                        m -> orFormBeforeADate(m, 2) ? null : until(m.get(0).date()),
                        "1812 előtt => ../1812", "1812-ig => ../1812", "1956 júniusáig => ../1956-06", "1860 or earlier => ../1860", "1812年以前 => ../1812", "1812년 이전 => ../1812", "1956년까지 => ../1956",
                        "1812年まで => ../1812",
                        "1956 o antes => ../1956", "1956 oder früher => ../1956", "1956 или ранее => ../1956",
                        "1956 ou avant => ../1956", "1956 o prima => ../1956", "1956年或更早 => ../1956",
                        "1956 або раніше => ../1956", "1956 ou avant 1958 => 1956", "June 3, 1956, or earlier => ../1956-06-03", "以前 => none", "o antes => none"),
                new Rule("open end", 30, List.of(kind(TokenKind.AFTER), date()), m -> since(m.get(1).date()),
                        "after 1812 => 1812/..", "since 1812 => 1812/..", "после 1812 года => 1812/..",
                        "nach 1812 => 1812/..",
                        "seit 1812 => 1812/..", "après 1812 => 1812/..", "después de 1812 => 1812/..",
                        "dopo il 1812 => 1812/..",
                        "po 1812 => 1812/..", "după 1812 => 1812/..", "not before June 1812 => 1812-06/..",
                        "after all => none"),
                new Rule("open end: from, alone", 25, List.of(kind(TokenKind.FROM).and(t -> t.value() == 2), date()),
                        m -> since(m.get(1).date()),
                        "с 1812 года => 1812/..", "со 2 июня 1812 г. => 1812-06-02/..", "dal 1812 => 1812/..",
                        "od 1812 r. => 1812/..", "od 3. června 1812 => 1812-06-03/..", "dal giugno 1812 => 1812-06/..",
                        "з 1812 року => 1812/..", "с 1812 по 1815 год => 1812/1815", "del 1812 => 1812", "from 1812 => 1812", "с => none"),
                // a from connector written after the date (Hungarian -tól, Korean 부터, Japanese から; lexicon range 1)
                // with no second date: since
                new Rule("open end: a from word after the date, alone", 25, List.of(date(), kind(TokenKind.RANGE)
                        .and(t -> t.begin() == t.end() || t.value() == 1)), m -> since(m.get(0).date()),
                        "1812-től => 1812/..", "1956 júniusától => 1956-06/..", "1812. június 3-tól => 1812-06-03/..", "1812-től 1815-ig => 1812/1815",
                        "1812년부터 => 1812/..", "1956년 6월부터 => 1956-06/..", "1812年から => 1812/..",
                        "1812年6月3日から => 1812-06-03/..", "1812년부터 1815년까지 => 1812/1815", "1812年から1815年まで => 1812/1815",
                        "-től => none", "부터 => none"),
                new Rule("open end after the date", 30, List.of(date(), punct(",").opt(), kind(TokenKind.AFTER_POST)),
                        m -> orFormBeforeADate(m, 2) ? null : since(m.get(0).date()),
                        "1825 or later => 1825/..", "um 1825 oder später => 1825~/..", "1812 után => 1812/..",
                        "1812年以后 => 1812/..", "1812년 이후 => 1812/..", "1812 onwards => 1812/..",
                        "1956 o más tarde => 1956/..", "1956 vagy később => 1956/..", "1956 lub później => 1956/..",
                        "1956년 또는 그 이후 => 1956/..", "1956 o dopo 1958 => 1956", "1956, or later => 1956/..", "or later => none", "o dopo => none"),
                new Rule("dash before the first date", 20, List.of(kind(TokenKind.RANGE, TokenKind.PUNCT)
                        .and(t -> t.text().equals("/") || (t.is(TokenKind.RANGE) && !t.text().isEmpty())), date()),
                        m -> m.atStart() ? until(m.get(1).date()) : null,
                        "- 1776 => ../1776", "– June 1812 => ../1812-06", "/1812-06-01 => ../1812-06-01", "Report - 1776 => 1776", "- => none"),
                new Rule("dash or slash after the last date", 20, List.of(date(), kind(TokenKind.RANGE, TokenKind.PUNCT)
                        .and(t -> t.text().equals("/") || (t.is(TokenKind.RANGE) && !t.text().isEmpty()))),
                        m -> m.atEnd() ? since(m.get(0).date()) : null,
                        "1812 - => 1812/..", "1812-06-01/ => 1812-06-01/..", "1812 - report => 1812",
                        "report - => none"),
                new Rule("open end and open start", 35, List.of(date(), kind(TokenKind.LIST, TokenKind.RANGE), date()),
                        m -> m.get(0).date() instanceof Span a && a.to() == null && a.from() != null
                                && m.get(2).date() instanceof Span b && b.from() == null && b.to() != null
                                ? Span.between(a.from(), b.to()) : null,
                        "not before 1812 and not after 1815 => 1812/1815", "nach 1812 und vor 1815 => 1812/1815",
                        "не ранее 1812 и не позднее 1815 года => 1812/1815", "before 1815 and after 1812 => ../1815",
                        "po roce 1812 a před rokem 1815 => 1812/1815",
                        "and => none"),
                new Rule("open end and before", 35, List.of(date(), kind(TokenKind.BEFORE_POST), date()),
                        m -> closed(m.get(0).date(), m.get(2).date()),
                        "after 1812 and before 1815 => 1812/1815", "since June 1812 and before May 1815 => 1812-06/1815-05",
                        "1812 and before 1815 => ../1812", "after 1815 and before 1812 => 1815/..", "and before => none"),
                new Rule("open end and open start side by side", 35, List.of(date(), date()),
                        m -> m.get(0).date() instanceof Span a && a.to() == null && a.from() != null
                                && m.get(1).date() instanceof Span b && b.from() == null && b.to() != null
                                ? Span.between(a.from(), b.to()) : null,
                        "1812 után és 1815 előtt => 1812/1815", "since 1812 until 1815 => 1812/1815",
                        "1815 után és 1812 előtt => 1815/..", "után és => none"));
    }

    /**
     * "after 1812 and before 1815": English "and before" is also "or earlier" ("1860 and before"), so the
     * lexer reads it as one word; after an open end it closes the range instead.
     */
    private static DateValue closed(DateValue open, DateValue end) {
        return open instanceof Span a && a.to() == null && a.from() != null && !ranged(end) ? Span.between(a.from(), end)
                : null;
    }

    /**
     * "1812 ou avant 1815": an or-word of the lexicon (value 1: ou avant, o dopo, или ранее) with a date after it
     * says "or before 1815", not "1812 or earlier"; words that say nothing may stand between.
     */
    private static boolean orFormBeforeADate(Match m, int word) {
        if (m.get(word).value() != 1) {
            return false;
        }
        for (int i = m.last() + 1; i < m.tokens().size(); i++) {
            Token t = m.tokens().get(i);
            if (!t.is(TokenKind.FILLER) && !t.is(TokenKind.BRACKET)) {
                return t.is(TokenKind.DATE);
            }
        }
        return false;
    }

    /** ../X; null when X is itself a range ("6월 3일부터 9일까지" is no open range). */
    private static DateValue until(DateValue v) {
        return ranged(v) ? null : new Span(null, v);
    }

    private static DateValue since(DateValue v) {
        return ranged(v) ? null : new Span(v, null);
    }

    private static boolean ranged(DateValue v) {
        return v instanceof Span || (v instanceof Marked m && m.inner() instanceof Span);
    }
}
