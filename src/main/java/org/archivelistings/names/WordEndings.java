package org.archivelistings.names;

import java.util.List;

/**
 * Whether a word ends with one of a few endings: what {@code Pattern.compile("(?i).{2,}(?:ov|ev|...)")
 * .matcher(word).matches()} said, without running the leading {@code .*} over the word and backtracking
 * through it for every ending (it ran for every word of every candidate name). Exactly the same answers:
 * the part before the ending has at least {@code minBefore} code points and no line terminator (what
 * {@code .} refuses), and ignoring case is ASCII-only, as in {@link java.util.regex.Pattern#CASE_INSENSITIVE}.
 */
final class WordEndings {
    private final List<String> endings;
    private final boolean ignoreAsciiCase;
    private final int minBefore;

    private WordEndings(List<String> endings, boolean ignoreAsciiCase, int minBefore) {
        this.endings = endings;
        this.ignoreAsciiCase = ignoreAsciiCase;
        this.minBefore = minBefore;
    }

    /** {@code .*(?:e1|e2|...)}, endings in lower case when {@code ignoreAsciiCase}. */
    static WordEndings of(boolean ignoreAsciiCase, int minBefore, String... endings) {
        return new WordEndings(List.of(endings), ignoreAsciiCase, minBefore);
    }

    boolean matches(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        for (String e : endings) {
            int at = word.length() - e.length();
            if (at >= minBefore && endsWith(word, e, at) && word.codePointCount(0, at) >= minBefore) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWith(String word, String ending, int at) {
        for (int k = 0; k < ending.length(); k++) {
            char c = word.charAt(at + k);
            char e = ending.charAt(k);
            if (c != e && !(ignoreAsciiCase && c >= 'A' && c <= 'Z' && c + ('a' - 'A') == e)) {
                return false;
            }
        }
        return true;
    }
}
