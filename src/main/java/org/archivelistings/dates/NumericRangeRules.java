package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.dash;
import static org.archivelistings.dates.Elements.glued;
import static org.archivelistings.dates.Elements.monthNumber;
import static org.archivelistings.dates.Elements.punct;
import static org.archivelistings.dates.Elements.through;

import java.util.List;

/**
 * Ranges of dates written day.month.year, as German, Czech, Polish, Hungarian and Russian listings write them:
 * two whole dates ("23.10.1956–4.11.1956"), two day.month pairs sharing the year ("23.10.-4.11.1956") and a day
 * range before one month ("23-25.10.1956", "23.-25.10.1956"). A dash glued between two dates is no run of numbers
 * ({@link NumericRules#alone} refuses each date alone for it), so these read the whole run.
 */
final class NumericRangeRules {
    private NumericRangeRules() {}

    static List<Rule> rules(Elements e) {
        Element dot = punct(".").opt();
        return List.of(
                new Rule("day.month.year range", 82, List.of(e.day(), dot, monthNumber(), dot, e.anyYear(), through(),
                        e.day(), dot, monthNumber(), dot, e.anyYear()),
                        m -> dotted(m, 0, 2) && dotted(m, 6, 8) && NumericRules.alone(m)
                                ? span(Single.of(e.point(m.get(4), m.value(2), m.value(0))),
                                        Single.of(e.point(m.get(10), m.value(8), m.value(6)))) : null,
                        "23.10.1956–4.11.1956 => 1956-10-23/1956-11-04", "23.10.1956-4.11.1956 => 1956-10-23/1956-11-04",
                        "1.12.1956-3.1.1957 => 1956-12-01/1957-01-03",
                        "1.2.3-4.5.6 => none"),
                new Rule("day.month. range sharing the year", 81, List.of(e.day(), dot, monthNumber(), dot, through(),
                        e.day(), dot, monthNumber(), dot, e.anyYear()),
                        m -> dotted(m, 0, 2) && dotted(m, 5, 7) && NumericRules.alone(m)
                                ? span(Single.of(e.point(m.get(9), m.value(2), m.value(0))),
                                        Single.of(e.point(m.get(9), m.value(7), m.value(5)))) : null,
                        "23.10.-4.11.1956 => 1956-10-23/1956-11-04", "23.10. - 4.11.1956 => 1956-10-23/1956-11-04",
                        "4.11.-23.10.1956 => 1956-10-23", "23.10-4.11 => none"),
                new Rule("day range, numeric month", 81, List.of(e.day(), through(), e.day(), dot, monthNumber(), dot,
                        e.anyYear()),
                        m -> dotted(m, 2, 4) && NumericRules.alone(m)
                                ? span(Single.of(e.point(m.get(6), m.value(4), m.value(0))),
                                        Single.of(e.point(m.get(6), m.value(4), m.value(2)))) : null,
                        "23-25.10.1956 => 1956-10-23/1956-10-25", "23.-25.10.1956 => 1956-10-23/1956-10-25",
                        "3.–9.6.1812 => 1812-06-03/1812-06-09", "tel. 23-25.10 => none"),
                // ISO 8601 lets the end of an interval drop the parts it shares with the start: 1956-10-23/11-04
                new Rule("iso range, the end shortened to month and day", 91, List.of(e.year(), dash().glued(),
                        monthNumber().glued(), dash().glued(), e.day().glued(), punct("/").glued(), monthNumber().glued(),
                        dash().glued(), e.day().glued()),
                        m -> NumericRules.alone(m) ? span(Single.of(e.point(m.get(0), m.value(2), m.value(4))),
                                Single.of(e.point(m.get(0), m.value(6), m.value(8)))) : null,
                        "1956-10-23/11-04 => 1956-10-23/1956-11-04", "1956-11-04/10-23 => none", "10-23/11-04 => none"),
                new Rule("iso range, the end shortened to the day", 91, List.of(e.year(), dash().glued(),
                        monthNumber().glued(), dash().glued(), e.day().glued(), punct("/").glued(), e.day().glued()),
                        m -> NumericRules.alone(m) ? span(Single.of(e.point(m.get(0), m.value(2), m.value(4))),
                                Single.of(e.point(m.get(0), m.value(2), m.value(6)))) : null,
                        "1956-10-23/25 => 1956-10-23/1956-10-25", "1956-10-23/21 => none", "10-23/25 => none"));
    }

    /** A dot after the day and after the month, glued or as the number's suffix ("3. 6. 1812"). */
    private static boolean dotted(Match m, int day, int month) {
        return dot(m, day) && dot(m, month);
    }

    private static boolean dot(Match m, int number) {
        return m.get(number).text().equals(".") || m.has(number + 1) && glued(m.get(number), m.get(number + 1));
    }

    private static DateValue span(Single a, Single b) {
        return key(a.point()) < key(b.point()) ? new Span(a, b) : null;
    }

    private static int key(Point p) {
        return p.year() * 10_000 + p.month() * 100 + p.day();
    }
}
