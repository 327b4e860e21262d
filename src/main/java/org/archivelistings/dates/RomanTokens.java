package org.archivelistings.dates;

/**
 * Upper-case Roman numerals standing alone or with an ordinal suffix (XVIIIe, XVIII-lea, XVIII.). Russian and
 * Ukrainian typists write them with the Cyrillic letters that look like Latin ones (ІІ половина, ХІХ століття:
 * Cyrillic І and Х), alone or mixed with Latin letters; those read as the Latin numerals. Cyrillic С and М are
 * left out: alone, С is the preposition "from" ("С 1812 по 1815") and М an initial.
 */
final class RomanTokens {
    private static final String LATIN = "IVXLCDM";

    private final Lexicon lexicon;

    RomanTokens(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a Roman numeral can start at this character (the lexer's fast test before {@link #read}). */
    static boolean mayStart(char c) {
        return c >= 'C' && c <= 'X' || c == 'І' || c == 'Х';
    }

    private static char latin(char c) {
        return switch (c) {
            case 'І' -> 'I';
            case 'Х' -> 'X';
            default -> c;
        };
    }

    private static boolean numeral(char c) {
        return LATIN.indexOf(latin(c)) >= 0;
    }

    /** Adds the numeral at i to out and returns the index after it; returns i when none stands there. */
    int read(String s, int i, TokenList out) {
        int j = i;
        while (j < s.length() && numeral(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return i;
        }
        int k = j + 1 < s.length() && s.charAt(j) == '-' && Character.isLowerCase(s.charAt(j + 1)) ? j + 1 : j;
        int e = k;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            if (++e - k > 4 || !Character.isLowerCase(s.charAt(e - 1))) {
                return i;
            }
        }
        String rest = e == k ? Token.NONE : s.substring(k, e);
        // Hungarian, German, Czech and Polish write the ordinal as a dot: "XVIII. század", "XIX. Jahrhundert"
        if (rest.isEmpty() && j < s.length() && s.charAt(j) == '.' && (j + 1 == s.length()
                || Character.isWhitespace(s.charAt(j + 1)))) {
            rest = ".";
            e = j + 1;
        }
        if (!rest.isEmpty() && !lexicon.ordinalSuffixes.contains(rest)) {
            return i;
        }
        int v = value(s, i, j);
        if (v <= 0) {
            return i;
        }
        out.add(new Token(TokenKind.ROMAN, i, rest.isEmpty() ? j : e, v, 0, rest));
        return rest.isEmpty() ? j : e;
    }

    private static int value(String s, int begin, int end) {
        boolean cyrillic = false;
        for (int i = begin; i < end && !cyrillic; i++) {
            cyrillic = s.charAt(i) >= 0x0400;
        }
        if (!cyrillic) {
            return RomanNumerals.value(s, begin, end);
        }
        StringBuilder b = new StringBuilder(end - begin);
        for (int i = begin; i < end; i++) {
            b.append(latin(s.charAt(i)));
        }
        return RomanNumerals.value(b, 0, b.length());
    }
}
