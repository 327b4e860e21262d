package org.archivelistings.dates;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A grammar rule: a pattern of tokens, what it builds from a match (null: the match is no date after
 * all), a priority among overlapping candidates of the same width, and its own corpus of positive and
 * negative examples (Duckling's way), which the examples test runs. A rule without both kinds of example
 * cannot be made.
 */
final class Rule {
    private final String name;
    private final int priority;
    private final TokenPattern pattern;
    private final Function<Match, DateValue> build;
    private final List<Example> examples;

    Rule(String name, int priority, List<Element> pattern, Function<Match, DateValue> build, String... examples) {
        this.name = name;
        this.priority = priority;
        this.pattern = new TokenPattern(pattern);
        this.build = build;
        this.examples = Arrays.stream(examples).map(Example::parse).toList();
        if (this.examples.stream().noneMatch(Example::negative) || this.examples.stream().allMatch(Example::negative)) {
            throw new IllegalArgumentException("rule '" + name + "' needs positive and negative examples");
        }
    }

    String name() {
        return name;
    }

    int priority() {
        return priority;
    }

    TokenPattern pattern() {
        return pattern;
    }

    List<Example> examples() {
        return examples;
    }

    DateValue build(Match m) {
        return build.apply(m);
    }

    @Override
    public String toString() {
        return name;
    }
}
