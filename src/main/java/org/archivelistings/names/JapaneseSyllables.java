package org.archivelistings.names;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Japanese words in Hepburn and Kunrei-shiki (japanese-kana.tsv): a word that splits into kana syllables
 * once long vowels (Satoh) and geminates (Hattori) are folded. Two such words of three syllables or more
 * each are a Japanese name in either order ("Nakasone Yasuhiro", "Kakuei Tanaka"); shorter ones are too
 * often English words ("Rome Agenda"), unless one of the two is a common family name of
 * japanese-surnames.txt ("Sasaki Kozo", "Sato Eisaku").
 */
final class JapaneseSyllables {
    private static final Pattern GEMINATE = Pattern.compile("([kstp])\\1|t(?=ch)");
    private static final Pattern LONG_OH = Pattern.compile("oh(?![aeiouy])");
    private static final int LONGEST = 3;
    private static final int MIN_SYLLABLES = 3;

    private final Set<String> syllables = new HashSet<>();
    /** japanese-surnames.txt: with one of these, the other word needs only two syllables ("Sasaki Kozo"). */
    private final Set<String> surnames = new HashSet<>();

    JapaneseSyllables() {
        for (String line : NameTables.lines("japanese-surnames.txt")) {
            surnames.add(line.strip());
        }
        for (String line : NameTables.lines("japanese-kana.tsv")) {
            String[] f = line.split("\t", -1);
            syllables.add(f[1]);
            for (String alt : f.length > 2 ? f[2].split("\\|") : new String[0]) {
                if (!alt.isBlank()) {
                    syllables.add(alt);
                }
            }
        }
    }

    /** Whether two words are a Japanese name: each of at least three kana syllables. */
    boolean isName(String first, String second) {
        int a = syllableCount(first);
        int b = syllableCount(second);
        if (a >= MIN_SYLLABLES && b >= MIN_SYLLABLES) {
            return true;
        }
        return a >= 2 && b >= 2 && (surname(first) || surname(second));
    }

    /**
     * Whether a two-word Japanese name is written family name first: the first word is a common family name and
     * the second is not ("Sasaki Kozo", "Nakasone Yasuhiro"; "Kozo Sasaki" is given-first).
     */
    boolean familyFirst(String first, String second) {
        return surname(first) && !surname(second) && isName(first, second);
    }

    private boolean surname(String word) {
        return surnames.contains(NameTables.ascii(word.toLowerCase(Locale.ROOT)));
    }

    /** The kana syllables a word splits into, or 0 when it is not Japanese. */
    int syllableCount(String word) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        String s = NameTables.ascii(word.toLowerCase(Locale.ROOT));
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return 0; // a loop before any regex: this runs for two-word runs of every record
            }
        }
        s = LONG_OH.matcher(GEMINATE.matcher(s).replaceAll("$1")).replaceAll("o");
        List<String> split = SyllableSplit.fewest(s, syllables::contains, LONGEST);
        return split == null ? 0 : split.size();
    }
}
