package org.archivelistings.dates;

/**
 * Whether an apostrophe before two digits stands for a year's century ("'56", "’56") or opens a quotation
 * ("'50 Years of Friendship'"). ’ (U+2019) never opens one; ' and ‘ (which word processors put for an apostrophe at
 * the start of a word) do when a quote closes later in the text: after a character that is no space, before one that
 * is no letter or digit (so not the apostrophe of "it's").
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
                    && (j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1)))) {
                return true;
            }
        }
        return false;
    }
}
