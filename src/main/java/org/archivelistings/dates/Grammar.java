package org.archivelistings.dates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every rule, by pass: first the dates themselves (numeric, word-month, CJK, years, decades, centuries,
 * seasons), then parts of them, then ranges and lists over them, then marks (circa, ?, brackets), then open
 * ends. Within a pass a rule is tried only at tokens of the kinds its pattern can start with.
 */
final class Grammar {
    /** One pass: its rules, and those rules by the kind of token they can start at. */
    record Pass(List<Rule> rules, List<List<Rule>> byFirstKind, int rounds) {
        static Pass of(List<Rule> rules) {
            return of(rules, 1);
        }

        /** A pass run again on its own output, up to {@code rounds} times: marks stack ("c. 1956?"). */
        static Pass of(List<Rule> rules, int rounds) {
            Map<TokenKind, List<Rule>> index = new EnumMap<>(TokenKind.class);
            for (Rule r : rules) {
                for (TokenKind k : r.pattern().firstKinds()) {
                    index.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
                }
            }
            // by the kind's ordinal: every token of every text asks, and a list index beats the EnumMap's checks
            List<List<Rule>> byKind = new ArrayList<>();
            for (TokenKind k : TokenKind.values()) {
                byKind.add(index.containsKey(k) ? List.copyOf(index.get(k)) : null);
            }
            return new Pass(List.copyOf(rules), java.util.Collections.unmodifiableList(byKind), rounds);
        }

        List<Rule> startingAt(TokenKind kind) {
            return byFirstKind.get(kind.ordinal());
        }
    }

    private final List<Pass> passes;

    Grammar(Elements e) {
        List<Rule> dates = Stream.of(NumericRules.rules(e), NumericRangeRules.rules(e), DayMonthRules.rules(e), MonthDayRules.rules(e),
                CjkRules.rules(e), YearRules.rules(e), ApostropheYearRules.rules(e), CenturyRules.rules(e), SeasonRules.rules(e),
                HolidayRules.rules(e),
                ContextMonthRules.rules())
                .flatMap(List::stream).toList();
        List<Rule> parts = Stream.concat(PartRules.rules(e).stream(), QuarterRules.rules(e).stream()).toList();
        passes = List.of(Pass.of(dates), Pass.of(parts, 2), Pass.of(SpanRules.rules(), 4),
                Pass.of(MarkRules.rules(), 3),
                Pass.of(Stream.concat(OpenRules.rules().stream(), FiscalRules.rules(e.conventions()).stream()).toList(), 2));
    }

    List<Pass> passes() {
        return passes;
    }

    List<Rule> rules() {
        return passes.stream().flatMap(p -> p.rules().stream()).toList();
    }
}
