package org.archivelistings.dates;

import java.util.Set;
import java.util.function.Predicate;

/**
 * One place of a rule's pattern: the token kinds it takes, a test of the token, whether it may be absent,
 * whether it must touch the token before it (no space: "1812-06-03", "c1860"), and whether it takes a run
 * of such tokens ("3, 4 and 9" before "June": the rule's builder reads the run).
 */
record Element(Set<TokenKind> kinds, Predicate<Token> test, boolean optional, boolean touching, boolean many) {
    Element(Set<TokenKind> kinds, Predicate<Token> test, boolean optional, boolean touching) {
        this(kinds, test, optional, touching, false);
    }

    boolean accepts(Token t) {
        return kinds.contains(t.kind()) && test.test(t);
    }

    Element opt() {
        return new Element(kinds, test, true, touching, many);
    }

    Element glued() {
        return new Element(kinds, test, optional, true, many);
    }

    Element and(Predicate<Token> more) {
        return new Element(kinds, test.and(more), optional, touching, many);
    }

    /** This element taking one or more tokens in a row (words that say nothing stepped over). */
    Element repeated() {
        return new Element(kinds, test, optional, touching, true);
    }
}
