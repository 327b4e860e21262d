package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.kind;

import java.util.List;

/**
 * A month the text does not name, only points at: "月初", "월말", "at the end of the month", "в конце месяца",
 * "Anfang des Monats", "à la fin du mois", "本月中旬". The finisher takes it from the context date; with a
 * context that gives only a year, or none, there is no date.
 */
final class ContextMonthRules {
    private ContextMonthRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("a part of the month, CJK", 40, List.of(kind(TokenKind.CJK_MONTH), kind(TokenKind.PART_POST)
                        .glued()), m -> Elements.glued(m.before(1), m.get(0)) ? null
                                : new Single(Point.of(null, Point.CONTEXT_MONTH, null), Extent.PART, m.value(1), false),
                        "月初 | 1956-06-15 => 1956-06-01/1956-06-10", "月底 | 1956-02 => 1956-02-21/1956-02-29",
                        "월말 | 1956-06-15 => 1956-06-21/1956-06-30", "月中旬 | 1956-06-15 => 1956-06-11/1956-06-20",
                        "月初 | 1956 => none", "月初 => none", "3个月初 | 1956-06-15 => none"),
                new Rule("the month the context names", 5, List.of(kind(TokenKind.THE_MONTH)),
                        m -> followedByMonth(m) ? null
                                : new Single(Point.of(null, Point.CONTEXT_MONTH, null), Extent.POINT, -1, true),
                        "at the end of the month | 1956-06-15 => 1956-06-21/1956-06-30",
                        "в начале месяца | 1956-06-15 => 1956-06-01/1956-06-10",
                        "Mitte des Monats | 1956-06-15 => 1956-06-11/1956-06-20",
                        "本月初 | 1956-06-15 => 1956-06-01/1956-06-10", "이달 말 | 1956-06-15 => 1956-06-21/1956-06-30",
                        "a hónap végén | 1956-06-15 => 1956-06-21/1956-06-30",
                        "at the end of the month | 1956 => none", "the month of June | 1956 => 1956-06",
                        "a month later | 1956-06-15 => none"));
    }

    /** "the month of June": the month word stands before the month's name, which is the date. */
    private static boolean followedByMonth(Match m) {
        for (int i = m.last() + 1; i < m.tokens().size(); i++) {
            TokenKind k = m.tokens().get(i).kind();
            if (k == TokenKind.MONTH || k == TokenKind.NUMBER) {
                return true;
            }
            if (k != TokenKind.FILLER && k != TokenKind.BRACKET) {
                return false;
            }
        }
        return false;
    }
}
