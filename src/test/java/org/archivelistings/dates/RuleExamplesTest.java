package org.archivelistings.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every grammar rule's own examples (Duckling's corpus per rule), positive and negative, through the
 * whole normalizer: a positive example must come out as the EDTF it names, a negative one as no date.
 */
class RuleExamplesTest {
    private static final List<Rule> RULES = new Grammar(new Elements(new Lexicon(), new Conventions())).rules();
    private static final DateNormalizer NORMALIZER = DateNormalizer.standard();

    static Stream<Arguments> examples() {
        return RULES.stream().flatMap(r -> r.examples().stream().map(e -> Arguments.of(r.name(), e)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void readsTheExample(String rule, Example example) {
        NormalizedDate context = example.context() == null ? null : NORMALIZER.context(example.context());
        NormalizedDate d = NORMALIZER.normalize(example.text(), context);
        if (example.negative()) {
            assertThat(d.edtf()).as("no date in '%s' (rule %s)", example.text(), rule).isEqualTo("XXXX");
            assertThat(d.start()).isNull();
        } else {
            assertThat(d.edtf()).as("'%s' (rule %s)", example.text(), rule).isEqualTo(example.edtf());
        }
    }

    @Test
    void everyRuleCarriesPositiveAndNegativeExamples() {
        assertThat(RULES).isNotEmpty();
        for (Rule r : RULES) {
            assertThat(r.examples()).as(r.name()).anyMatch(Example::negative).anyMatch(e -> !e.negative());
        }
        System.out.printf("date grammar: %d rules, %d examples%n", RULES.size(),
                RULES.stream().mapToInt(r -> r.examples().size()).sum());
    }

    @Test
    void aRuleCannotBeMadeWithoutItsCases() {
        assertThatThrownBy(() -> new Rule("no cases", 1, List.of(Elements.date()), m -> null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule("only positive", 1, List.of(Elements.date()), m -> null, "1812 => 1812"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
