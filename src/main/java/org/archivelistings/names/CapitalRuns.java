package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs written in capitals ("KIM IL SUNG", "DEAN RUSK" in a headline or a cable). The lexicons and rules
 * of names are written for the usual case, so such a run is read title-cased; its spans stay the text's.
 */
final class CapitalRuns {
    private CapitalRuns() {}

    /** Whether no word of the run has a lower-case letter and one has two capitals or more (not a lone initial). */
    static boolean inCapitals(List<String> run) {
        boolean word = false;
        for (String w : run) {
            int capitals = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
            word |= capitals >= 2 && w.indexOf('.') < 0 && !isRoman(w);
        }
        return word;
    }

    /**
     * The words title-cased: "TSE-TUNG" is "Tse-tung", "O'NEILL" is "O'Neill"; initials ("L.I.") and Roman
     * numerals ("II", which {@link NameParser} reads as the syllable Il after a Korean surname) kept.
     */
    static List<String> titleCased(List<String> run) {
        List<String> out = new ArrayList<>(run.size());
        for (String w : run) {
            if (w.indexOf('.') >= 0 || isRoman(w) || w.length() < 2) {
                out.add(w);
                continue;
            }
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean opens = i == 0 || i == 2 && (w.charAt(1) == '\'' || w.charAt(1) == '’');
                b.append(opens ? c : Character.toLowerCase(c));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static boolean isRoman(String w) {
        return w.equals("II") || w.equals("III") || w.equals("IV");
    }
}
