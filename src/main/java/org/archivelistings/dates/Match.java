package org.archivelistings.dates;

import java.util.List;

/**
 * Where a pattern matched: the token list, the first and last token index, the token of each element
 * (null when absent) and its index.
 */
record Match(List<Token> tokens, int first, int last, Token[] bound, int[] at) {
    Token get(int element) {
        return bound[element];
    }

    boolean has(int element) {
        return bound[element] != null;
    }

    /** The index in the token list of an element's token. */
    int indexOf(int element) {
        return at[element];
    }

    int value(int element) {
        return bound[element].value();
    }

    /** The token {@code n} places before the match, or null. */
    Token before(int n) {
        return first - n >= 0 ? tokens.get(first - n) : null;
    }

    /** The token {@code n} places after the match, or null. */
    Token after(int n) {
        return last + n < tokens.size() ? tokens.get(last + n) : null;
    }

    boolean atStart() {
        return first == 0;
    }

    boolean atEnd() {
        return last == tokens.size() - 1;
    }
}
