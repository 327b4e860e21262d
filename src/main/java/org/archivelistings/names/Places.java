package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capitals and large cities of places.txt, as runs of words: "La Paz", "San Salvador", "Buenos
 * Aires" read like a given name and a surname, and a capital stands for its government ("Belgrade says"),
 * so such a run is a place, never a person. A place is matched whole, word by word, as the mention finder
 * tokenizes it; a place with a lower-case inner word that is no name particle ("Dar es Salaam") splits
 * into two runs, so its tail is matched against the text before the run.
 */
final class Places {
    /** A place whose words before {@code tail} hold a lower-case word no run joins: "Dar es " + "Salaam". */
    private record SplitPlace(String before, String[] tail) {}

    /** Places by their first word as written, longest first. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final List<SplitPlace> split = new ArrayList<>();
    Places() {
        for (String place : NameTables.lines("places.txt")) {
            String[] words = place.split(" ");
            int lastLower = -1;
            for (int k = 1; k < words.length; k++) {
                if (Character.isLowerCase(words[k].charAt(0)) && TokenScan.joinerEnd(words[k] + " ", 0) < 0) {
                    lastLower = k;
                }
            }
            if (lastLower > 0) {
                String before = String.join(" ", List.of(words).subList(0, lastLower + 1)) + " ";
                split.add(new SplitPlace(before, List.of(words).subList(lastLower + 1, words.length).toArray(String[]::new)));
            } else {
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
    }

    /**
     * Number of words of the place that starts at {@code at} (a possessive on its last word allowed), 0
     * when none. places.txt holds no place that is also a common given name or surname, so a match needs no
     * look at the words around it.
     */
    int lengthAt(List<String> words, int at) {
        List<String[]> candidates = byFirstWord.get(words.get(at));
        if (candidates == null) {
            candidates = byFirstWord.get(bare(words.get(at)));
            if (candidates == null) {
                return 0;
            }
        }
        for (String[] place : candidates) {
            if (matches(words, at, place)) {
                return place.length;
            }
        }
        return 0;
    }

    /**
     * The words that end a place begun just before {@code begin} of {@code text} ("Salaam" after "Dar es "),
     * or null: the caller compares them with the words of its run, without copying them.
     */
    String[] tailBefore(String text, int begin) {
        for (SplitPlace p : split) {
            int from = begin - p.before().length();
            if (from >= 0 && text.startsWith(p.before(), from)) {
                return p.tail();
            }
        }
        return null;
    }

    private static boolean matches(List<String> words, int at, String[] place) {
        if (at + place.length > words.size()) {
            return false;
        }
        for (int k = 0; k < place.length; k++) {
            String w = words.get(at + k);
            if (!w.equals(place[k]) && !(k == place.length - 1 && bare(w).equals(place[k]))) {
                return false;
            }
        }
        return true;
    }

    /** The word without a possessive: "Moscow's" is Moscow. */
    private static String bare(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }
}
