package org.archivelistings.dates;

/**
 * Lexicon forms by character, lower case, runs of spaces and hyphens read as one space: the lexer walks
 * it from a word's first letter without allocating, and takes the longest form that ends at a word
 * boundary (any character for CJK and Hangul, which have no spaces between words). A hand-made trie
 * because looking up every word of every title in a hash map (lower-casing it first) cost the budget.
 */
final class Trie {
    /** What a form stands for. */
    record Entry(TokenKind kind, int value, int digits, String text) {}

    /** Below this, a node with many children finds them by index (Latin, Greek, Cyrillic). */
    private static final int DENSE = 0x0530;
    /** At most this many children are found by a linear scan, faster than a binary search's call. */
    private static final int LINEAR = 8;

    private char[] keys = new char[0];
    private Trie[] kids = new Trie[0];
    /**
     * The children under {@link #DENSE} by character, for nodes with many (the root has hundreds and every word
     * of every title starts there): built by {@link #freeze}, dropped when a child is added.
     */
    private Trie[] dense;
    private Entry entry;

    /** Builds the lookup tables of the nodes with many children; call once the forms are in. */
    void freeze() {
        if (keys.length > LINEAR) {
            Trie[] d = new Trie[DENSE];
            for (int i = 0; i < keys.length && keys[i] < DENSE; i++) {
                d[keys[i]] = kids[i];
            }
            dense = d;
        }
        for (Trie kid : kids) {
            kid.freeze();
        }
    }

    /** Adds a form; an existing entry is kept unless {@code overwrite} (lexicon words over number words). */
    void put(String form, Entry e, boolean overwrite) {
        Trie node = this;
        char last = ' ';
        for (int i = 0; i < form.length(); i++) {
            char c = fold(form.charAt(i));
            if (c == ' ' && last == ' ') {
                continue;
            }
            node = node.child(c, true);
            last = c;
        }
        if (node != this && (overwrite || node.entry == null)) {
            node.entry = e;
        }
    }

    /**
     * The longest form at {@code from}: the index after it is written to {@code end[0]}; null when none.
     * Brackets inside a word (Ju[ne]) are read through.
     */
    Entry longest(CharSequence s, int from, int[] end) {
        Trie node = this;
        Entry best = null;
        int n = s.length();
        int i = from;
        char last = 0;
        while (i < n && node != null) {
            char c = fold(s.charAt(i));
            if ((c == '[' || c == ']') && i > from && i + 1 < n && Character.isLetter(s.charAt(i - 1))
                    && Character.isLetter(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == ' ' && last == ' ') {
                i++;
                continue;
            }
            node = node.next(c);
            i++;
            last = c;
            if (node != null && node.entry != null && (i >= n || boundary(s.charAt(i - 1), s.charAt(i)))) {
                best = node.entry;
                end[0] = i;
            }
        }
        return best;
    }

    private static boolean boundary(char lastInForm, char next) {
        // an elided article ends at its apostrophe: French and Italian "l'été", "dell'anno"
        return !Lexer.letter(next) || lastInForm == '\'' || lastInForm == '’' || Lexer.ideographic(lastInForm)
                || Lexer.ideographic(next)
                || next == ']' || next == '[';
    }

    static char fold(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c == '-' || c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
        }
        // Ukrainian writes the apostrophe of п'ятниця as ', ’ or ʼ (U+02BC, ICU's spelled numbers: девʼятсот)
        if (c == '’' || c == '\u02BC') {
            return '\'';
        }
        if (c == '-' || c == '\u2010' || c == '\u2011' || Character.isWhitespace(c) || c == '\u00a0') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    /** The child for a character, or null. */
    private Trie next(char c) {
        Trie[] d = dense;
        if (d != null && c < DENSE) {
            return d[c];
        }
        char[] k = keys;
        if (k.length <= LINEAR) {
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }
        int i = java.util.Arrays.binarySearch(k, c);
        return i >= 0 ? kids[i] : null;
    }

    /** Children are kept sorted by character and found by binary search (the root has hundreds). */
    private Trie child(char c, boolean create) {
        int i = java.util.Arrays.binarySearch(keys, c);
        if (i >= 0) {
            return kids[i];
        }
        if (!create) {
            return null;
        }
        dense = null;
        int at = -i - 1;
        char[] k = new char[keys.length + 1];
        Trie[] t = new Trie[kids.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(kids, 0, t, 0, at);
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(kids, at, t, at + 1, kids.length - at);
        k[at] = c;
        t[at] = new Trie();
        keys = k;
        kids = t;
        return t[at];
    }
}
