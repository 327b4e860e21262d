package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs written in capitals ("KIM IL SUNG", "DEAN RUSK" in a headline or a cable). The lexicons and rules
 * of names are written for the usual case, so such a run is read title-cased; its spans stay the text's.
 */
final class CapitalRuns {
    private CapitalRuns() {}

    /**
     * Where the words in capitals start that end the run, or the run's size when none: the whole run
     * ("KIM IL SUNG SPEECH"), or two words or more after words in the usual case ("Comrade KIM IL SUNG"). One
     * word in capitals after others is left as written: a surname marked so ("Ambassador JELEN"), an acronym.
     */
    static int capitalsFrom(List<String> run) {
        int from = run.size();
        while (from > 0 && run.get(from - 1).chars().noneMatch(Character::isLowerCase)) {
            from--; // words in capitals, initials, numerals
        }
        if (from == run.size() || !inCapitals(run.subList(from, run.size()))) {
            return run.size();
        }
        return from == 0 || run.size() - from >= 2 ? from : run.size();
    }

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
     * The words from {@code from} on title-cased: "TSE-TUNG" is "Tse-tung", "O'NEILL" is "O'Neill"; initials ("L.I.") and Roman
     * numerals ("II", which {@link NameParser} reads as the syllable Il after a Korean surname) kept.
     */
    static List<String> titleCased(List<String> run, int from) {
        List<String> out = new ArrayList<>(run.subList(0, from));
        for (String w : run.subList(from, run.size())) {
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
