package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a written name part into the fewest syllables of a syllabary ("Pilgyu" → pil, gyu), by dynamic
 * programming over the cut points; among splits of one count the one with the longest first syllable.
 * Hand-written: no library splits romanized names by a syllable table.
 */
final class SyllableSplit {
    private SyllableSplit() {}

    /** The syllables of {@code s}, or null when no split into syllables of at most {@code longest} letters exists. */
    static List<String> fewest(String s, Predicate<String> isSyllable, int longest) {
        int n = s.length();
        int[] best = new int[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int j = Math.min(n, i + longest); j > i; j--) {
                if (best[i] + 1 < best[j] && isSyllable.test(s.substring(i, j))) {
                    best[j] = best[i] + 1;
                    cut[j] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int j = n; j > 0; j = cut[j]) {
            out.add(0, s.substring(cut[j], j));
        }
        return out;
    }
}
