package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.bracket;
import static org.archivelistings.dates.Elements.date;
import static org.archivelistings.dates.Elements.kind;
import static org.archivelistings.dates.Elements.punct;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Fourth pass: what the text around a date says of it. Circa words before or after it (ca., um, около,
 * körül, 左右, 경) make it approximate, a question mark uncertain, a cataloguer's brackets inferred, and a
 * weekday that does not fit the day gives the warning "conflicting parts".
 */
final class MarkRules {
    static final String CONFLICT = "conflicting parts";

    private MarkRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("circa before", 30, List.of(kind(TokenKind.CIRCA), date()),
                        m -> Marked.flag(m.get(1).date(), DateFlag.APPROXIMATE),
                        "c. 1860 => 1860~", "c1860 => 1860~", "circa 1956-1958 => 1956~/1958~",
                        "ca 1776-77 => 1776~/1777~",
                        "um 1825 => 1825~", "около 1812 года => 1812~", "vers 1812 => 1812~", "hacia 1812 => 1812~",
                        "approximately June 1812 => 1812-06~", "ca. 1950s => 195X~", "about that => none"),
                new Rule("circa after", 30, List.of(date(), kind(TokenKind.CIRCA_POST)),
                        m -> Marked.flag(m.get(0).date(), DateFlag.APPROXIMATE),
                        "1812 körül => 1812~", "1812年左右 => 1812~", "1950년경 => 1950~", "1812年頃 => 1812~", "左右 => none"),
                new Rule("question mark", 25, List.of(date(), punct("?").glued()),
                        m -> Marked.flag(m.get(0).date(), DateFlag.UNCERTAIN),
                        "1868-1871? => 1868/1871?", "1956? => 1956?", "c. 1956? => 1956%", "[1956?] => 1956?",
                        "Who? => none"),
                new Rule("bracketed question mark", 25, List.of(date(), bracket("[("), punct("?"), bracket("])")),
                        m -> Marked.flag(m.get(0).date(), DateFlag.UNCERTAIN),
                        "June 1956 [?] => 1956-06?", "1956 [?] => 1956?", "1956 (?) => 1956?", "[?] => none"),
                new Rule("bracketed circa after", 25, List.of(date(), bracket("[("), kind(TokenKind.CIRCA), bracket("])")),
                        m -> Marked.flag(m.get(0).date(), DateFlag.APPROXIMATE),
                        "June 1956 (approx.) => 1956-06~", "1956 [ca.] => 1956~", "1956 (circa) => 1956~", "(ca.) => none"),
                new Rule("uncertain word before", 25, List.of(kind(TokenKind.UNCERTAIN), punct(",").opt(), date()),
                        m -> Marked.flag(m.get(2).date(), DateFlag.UNCERTAIN),
                        "probably 1956 => 1956?", "possibly June 1956 => 1956-06?", "vermutlich 1956 => 1956?",
                        "вероятно, 1956 г. => 1956?", "probablement 1956 => 1956?", "probabilmente nel 1956 => 1956?",
                        "prawdopodobnie 1956 => 1956?", "probabil în 1956 => 1956?", "în jurul anului 1956 => 1956~", "undated, probably 1956 => 1956?", "probably => none"),
                new Rule("brackets", 20, List.of(bracket("["), date(), bracket("]")),
                        m -> Marked.flag(m.get(1).date(), DateFlag.INFERRED),
                        "[July 4, 1776] => 1776-07-04", "[1956] => 1956", "[September 1956] => 1956-09",
                        "[sic] => none"),
                new Rule("weekday", 15, List.of(kind(TokenKind.WEEKDAY), punct(",").opt(), date()), MarkRules::weekday,
                        "Thursday, June 3, 1812 => 1812-06-03", "Wednesday, June 3, 1812 => 1812-06-03",
                        "Montag, 3. Juni 1812 => 1812-06-03", "Thursday => none"));
    }

    private static DateValue weekday(Match m) {
        DateValue v = m.get(2).date();
        Point p = v instanceof Single s && s.extent() == Extent.POINT ? s.point() : null;
        if (p == null || p.year() == null || p.day() == null) {
            return v;
        }
        try {
            int actual = LocalDate.of(p.year(), p.month(), p.day()).getDayOfWeek().getValue();
            return actual == m.value(0) ? v : Marked.warn(v, CONFLICT);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
