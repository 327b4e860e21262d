package org.archivelistings.dates;

/**
 * Whether an apostrophe before two digits stands for a year's century ("'56", "’56") or opens a quotation
 * ("'50 Years of Friendship'"). ’ (U+2019) never opens one; ' and ‘ (which word processors put for an apostrophe at
 * the start of a word) do when a quote closes later in the text: after a character that is no space, before one that
 * is no letter or digit (so not the apostrophe of "it's"), and not the apostrophe of a plural possessive ("In '56 the
 * workers' party": after an s, before a space and a lower-case word, which a closing quote rarely is), unless the
 * word after the digits is capitalized as a quoted title's is ("'50 Years of Talks' with Moscow").
 */
final class Apostrophes {
    private Apostrophes() {}

    static boolean opensQuote(String s, int i) {
        char open = s.charAt(i);
        if (open == '’') {
            return false;
        }
        char close = open == '‘' ? '’' : '\'';
        for (int j = i + 3; j < s.length(); j++) {
            if (s.charAt(j) == close && !Character.isWhitespace(s.charAt(j - 1))
                    && (j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1)))
                    && !(pluralPossessive(s, j) && !titleCased(s, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pluralPossessive(String s, int j) {
        return s.charAt(j - 1) == 's' && j >= 2 && Character.isLetter(s.charAt(j - 2)) && j + 2 < s.length()
                && s.charAt(j + 1) == ' ' && Character.isLowerCase(s.charAt(j + 2));
    }

    private static boolean titleCased(String s, int open) {
        return open + 4 < s.length() && s.charAt(open + 3) == ' ' && Character.isUpperCase(s.charAt(open + 4));
    }
}
