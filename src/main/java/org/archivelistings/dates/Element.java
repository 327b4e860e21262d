package org.archivelistings.dates;

import java.util.Set;
import java.util.function.Predicate;

/**
 * One place of a rule's pattern: the token kinds it takes, a test of the token, whether it may be absent,
 * and whether it must touch the token before it (no space: "1812-06-03", "c1860").
 */
record Element(Set<TokenKind> kinds, Predicate<Token> test, boolean optional, boolean touching) {
    boolean accepts(Token t) {
        return kinds.contains(t.kind()) && test.test(t);
    }

    Element opt() {
        return new Element(kinds, test, true, touching);
    }

    Element glued() {
        return new Element(kinds, test, optional, true);
    }

    Element and(Predicate<Token> more) {
        return new Element(kinds, test.and(more), optional, touching);
    }
}
