package org.archivelistings.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Date words damaged by typing or OCR, read only beside a number, where a date is likely: a month name of six
 * letters or more with one letter wrong, missing, doubled or two letters swapped ("Febuary 3, 1956", "3 Setpember
 * 1956", "Novmber 1956", "3 Ocotber 1956"), and a year whose 1 was read as l or I ("June 3, l956"). The first
 * letter must be right, and a month with one letter added at its end is no month ("Augusta 1956" is the city,
 * "Julio" and "junior" stay apart). Hand-written: Commons Text's Levenshtein distance counts a swap as two edits,
 * and this runs only on words the lexicon does not know.
 */
final class DamagedWords {
    /** Month names of six letters or more: shorter ones sit one edit from common words (match, Marsh, Julie, Marco). */
    private static final int SHORTEST = 6;

    /** The month forms long enough to be read damaged, by their first letter. */
    private final Map<Character, List<Map.Entry<String, Integer>>> forms = new HashMap<>();

    DamagedWords(Map<String, Integer> monthForms) {
        for (Map.Entry<String, Integer> f : monthForms.entrySet()) {
            if (f.getKey().length() >= SHORTEST && f.getKey().chars().allMatch(Character::isLetter)) {
                forms.computeIfAbsent(f.getKey().charAt(0), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The month a damaged word at [begin, end) of s stands for when a number stands beside it; else 0. */
    int month(String s, int begin, int end) {
        if (end - begin < SHORTEST || end - begin > 12 || !besideNumber(s, begin, end)) {
            return 0;
        }
        String w = s.substring(begin, end).toLowerCase(Locale.ROOT);
        List<Map.Entry<String, Integer>> candidates = forms.get(w.charAt(0));
        if (candidates == null) {
            return 0;
        }
        int found = 0;
        for (Map.Entry<String, Integer> c : candidates) {
            String f = c.getKey();
            if (oneEditApart(w, f) && !(w.length() == f.length() + 1 && w.startsWith(f))) {
                int m = c.getValue();
                if (found != 0 && found != m) {
                    return 0; // one edit from two months: no reading
                }
                found = m;
            }
        }
        return found;
    }

    /** A year written with l or I for its 1 ("l956", "I956", "l776"), 1500-1999, standing alone; else -1. */
    static int year(String s, int i) {
        if (i + 4 > s.length() || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))
                || i + 4 < s.length() && Character.isLetterOrDigit(s.charAt(i + 4))) {
            return -1;
        }
        char c = s.charAt(i);
        char d = s.charAt(i + 1);
        if (c != 'l' && c != 'I' || d < '5' || d > '9') {
            return -1;
        }
        for (int k = i + 2; k < i + 4; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return -1;
            }
        }
        return 1000 + Integer.parseInt(s, i + 1, i + 4, 10);
    }

    private static boolean besideNumber(String s, int begin, int end) {
        int before = begin - 1;
        while (before >= 0 && s.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && before < begin - 1 && Character.isDigit(s.charAt(before))
                || after < s.length() && after > end && Character.isDigit(s.charAt(after));
    }

    /** One substitution, insertion, deletion or swap of neighbours (optimal string alignment distance 1). */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1)
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                            && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
