package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.date;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;

import java.util.List;

/**
 * Second pass, beside the parts: a quarter of a year or of a century, numbered by an ordinal before the noun
 * ("the third quarter of 1956", "1. Quartal 1956", "I квартал 1956 г.", "premier trimestre 1956"), after it
 * (Romanian "trimestrul III 1956"), or after the date (Hungarian "1956 harmadik negyedévében", CJK "1956年第三季度",
 * Korean "1956년 3분기" and "3/4분기"), or by a word that holds its number ("Q3 1956", "the last quarter of").
 * The months and years of each quarter are conventions (conventions.properties); a quarter of a month or a
 * decade has none and is no date.
 */
final class QuarterRules {
    private QuarterRules() {}

    static List<Rule> rules(Elements e) {
        Element ordinal = ordinal(e);
        return List.of(
                new Rule("quarter after its ordinal", 32, List.of(ordinal, noun(), punct(",").opt(), kind(TokenKind.FROM).opt(),
                        date()), m -> quarter(m.get(4).date(), m.value(0)),
                        "the third quarter of 1956 => 1956-07/1956-09", "fourth quarter, 1956 => 1956-10/1956-12", "first quarter of 1956 => 1956-01/1956-03",
                        "the 4th quarter of 1956 => 1956-10/1956-12", "1. Quartal 1956 => 1956-01/1956-03",
                        "im dritten Quartal 1956 => 1956-07/1956-09", "I квартал 1956 г. => 1956-01/1956-03",
                        "в третьем квартале 1956 года => 1956-07/1956-09", "premier trimestre 1956 => 1956-01/1956-03",
                        "au 3e trimestre 1956 => 1956-07/1956-09", "el tercer trimestre de 1956 => 1956-07/1956-09",
                        "nel secondo trimestre del 1956 => 1956-04/1956-06", "w II kwartale 1956 r. => 1956-04/1956-06",
                        "ve 3. čtvrtletí 1956 => 1956-07/1956-09", "the first quarter of the 20th century => 1900/1924",
                        "the 5th quarter of 1956 => 1956", "third quarter of June 1956 => 1956-06",
                        "first quarter of the 1950s => 195X", "three quarters of 1956 => 1956", "the third quarter => none"),
                new Rule("quarter before its ordinal", 32, List.of(noun(), ordinal, kind(TokenKind.FROM).opt(), date()),
                        m -> quarter(m.get(3).date(), m.value(1)),
                        "trimestrul III 1956 => 1956-07/1956-09", "trimestrul II al anului 1956 => 1956-04/1956-06",
                        "trimestrul al doilea al anului 1956 => 1956-04/1956-06", "trimestrul V 1956 => 1956", "trimestrul III => none"),
                new Rule("quarter after the date", 32, List.of(date(), ordinal, noun()),
                        m -> quarter(m.get(0).date(), m.value(1)),
                        "1956 harmadik negyedévében => 1956-07/1956-09", "1956. I. negyedév => 1956-01/1956-03",
                        "1956年第三季度 => 1956-07/1956-09", "1956年第1季度 => 1956-01/1956-03",
                        "一九五六年第四季度 => 1956-10/1956-12", "1956년 3분기 => 1956-07/1956-09",
                        "1956년 제3분기 => 1956-07/1956-09", "1956년 5분기 => 1956", "3분기 => none"),
                new Rule("quarter as a fraction", 32, List.of(date(), ordinal, punct("/"), Elements.number(4, 4, 1), noun()),
                        m -> quarter(m.get(0).date(), m.value(1)),
                        "1956년 3/4분기 => 1956-07/1956-09", "1956년 1/4 분기 => 1956-01/1956-03", "1956년 3/5분기 => 1956", "3/4분기 => none"),
                new Rule("quarter named by its word", 33, List.of(named(), kind(TokenKind.FROM).opt(), date()),
                        m -> quarter(m.get(2).date(), m.value(0)),
                        "Q3 1956 => 1956-07/1956-09", "the last quarter of 1956 => 1956-10/1956-12",
                        "the last quarter of the 19th century => 1875/1899", "Q5 1956 => 1956", "Q3 => none", "the last quarter of the match => none"),
                new Rule("quarter named after the date", 33, List.of(date(), named()),
                        m -> quarter(m.get(0).date(), m.value(1)),
                        "1956 Q2 => 1956-04/1956-06", "1956 Q9 => 1956", "Q2 results => none"));
    }

    /** The quarter noun alone, which an ordinal numbers. */
    private static Element noun() {
        return Elements.where(TokenKind.QUARTER, t -> t.value() == 0);
    }

    /** A word that holds its quarter's number: Q1 to Q4, "the last quarter". */
    private static Element named() {
        return Elements.where(TokenKind.QUARTER, t -> t.value() >= 1);
    }

    /**
     * 1 to 4 as an ordinal (3rd, 3., 3e, third, третьем, 三 after 第) or the Roman I to IV; a bare digit too, as
     * Korean writes "3분기". Numbers above 4 are let through so that "5th quarter" is matched and given no date,
     * rather than read as something else.
     */
    private static Element ordinal(Elements e) {
        Element day = e.day();
        return kind(TokenKind.NUMBER, TokenKind.ROMAN).and(t -> t.value() >= 1 && t.value() <= 9
                && (t.is(TokenKind.ROMAN) || t.digits() <= 1 && day.accepts(t)));
    }

    private static DateValue quarter(DateValue v, int n) {
        if (n < 1 || n > 4 || !(v instanceof Single s) || s.code() >= 0) {
            return null;
        }
        int code = Conventions.QUARTER + n - 1;
        return switch (s.extent()) {
            case POINT -> s.point().month() == null && s.point().year() != null
                    ? new Single(s.point(), Extent.PART, code, false) : null;
            case CENTURY -> new Single(s.point(), Extent.CENTURY, code, false);
            default -> null;
        };
    }
}
