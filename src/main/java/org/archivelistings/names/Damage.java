package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Spellings of a name that one OCR confusion (ocr-confusions.tsv: rn for m, cl for d) or one slip of the
 * typist (a letter dropped, doubled, swapped or struck for another) turns back into a name; the surname is
 * kept, as is the number of written parts, so a repair stays within the same surname and syllable structure.
 */
final class Damage {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private final List<String[]> confusions = new ArrayList<>();

    Damage() {
        for (String line : NameTables.lines("ocr-confusions.tsv")) {
            confusions.add(line.split("\t"));
        }
    }

    /** The given parts with one OCR confusion repaired somewhere in them. */
    List<List<String>> ocrRepairs(List<String> parts) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            for (String[] c : confusions) {
                for (int at = p.indexOf(c[0]); at >= 0; at = p.indexOf(c[0], at + 1)) {
                    out.add(with(parts, i, p.substring(0, at) + c[1] + p.substring(at + c[0].length())));
                }
            }
        }
        return out;
    }

    /**
     * The given parts with one letter dropped, swapped, added or struck for another, in a part with a piece
     * that is no syllable (where the slip is).
     */
    List<List<String>> typoRepairs(List<String> parts, Predicate<String> isSyllable) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).toLowerCase(java.util.Locale.ROOT);
            if (Arrays.stream(p.split("-")).allMatch(isSyllable)) {
                continue;
            }
            for (String e : edits(p)) {
                out.add(with(parts, i, e));
            }
        }
        return out;
    }

    private static Set<String> edits(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= w.length(); i++) {
            if (i < w.length() && w.charAt(i) != '-') {
                out.add(w.substring(0, i) + w.substring(i + 1));
                if (i + 1 < w.length() && w.charAt(i + 1) != '-') {
                    out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
                }
            }
            for (int c = 0; c < LETTERS.length(); c++) {
                out.add(w.substring(0, i) + LETTERS.charAt(c) + w.substring(i));
                if (i < w.length() && w.charAt(i) != '-') {
                    out.add(w.substring(0, i) + LETTERS.charAt(c) + w.substring(i + 1));
                }
            }
        }
        out.remove(w);
        out.removeIf(e -> e.isEmpty() || e.startsWith("-") || e.endsWith("-") || e.contains("--"));
        return out;
    }

    private static List<String> with(List<String> parts, int i, String replacement) {
        List<String> out = new ArrayList<>(parts);
        out.set(i, replacement);
        return out;
    }

    /** One syllable a written piece of the given name, two in a joined one ("Enlai"), as NameParser reads them. */
    static boolean wellFormed(ParsedName name) {
        String s = name.stripped();
        int pieces = 0;
        boolean inPiece = false;
        for (int i = s.indexOf(' ') + 1; i > 0 && i < s.length(); i++) {
            boolean separator = s.charAt(i) == ' ' || s.charAt(i) == '-';
            pieces += !separator && !inPiece ? 1 : 0;
            inPiece = !separator;
        }
        int syllables = 1;
        for (int i = 0; i < name.givenKey().length(); i++) {
            syllables += name.givenKey().charAt(i) == '-' ? 1 : 0;
        }
        return pieces <= 1 ? syllables <= 2 : syllables == pieces;
    }
}
