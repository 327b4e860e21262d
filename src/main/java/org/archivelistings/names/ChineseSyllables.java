package org.archivelistings.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Mandarin syllabary in pinyin, Wade-Giles (wade-giles-pinyin.tsv) and Palladius (palladius-pinyin.tsv):
 * splits a given name into syllables, brings each to pinyin, and names the sound class two spellings of one
 * syllable share once aspiration marks are lost ("Teh" and "De", "Kuo" and "Guo").
 */
final class ChineseSyllables {
    private static final Pattern CLASS_INITIAL = Pattern.compile("^(zh|ch|sh|j|q|x|z|c|s|p|t|k)");
    private static final Map<String, String> INITIAL_CLASS = Map.ofEntries(Map.entry("zh", "j"), Map.entry("ch", "j"),
            Map.entry("j", "j"), Map.entry("q", "j"), Map.entry("z", "j"), Map.entry("c", "j"), Map.entry("sh", "s"),
            Map.entry("x", "s"), Map.entry("s", "s"), Map.entry("p", "b"), Map.entry("t", "d"), Map.entry("k", "g"));
    private static final int LONGEST = 6;
    /** Spellings only the French systems make: tch, eou, ou before a vowel, -oung, initial ng-, aï, é. */
    private static final Pattern EFEO_MARK =
            Pattern.compile("tch|eou|ou(?=[aeio])|oung\\b|\\bng[aeo]|[ïéö]");

    private final Set<String> pinyin = new HashSet<>();
    /** Wade-Giles without aspiration marks or diacritics (as most texts print it) → pinyin, first row wins. */
    private final Map<String, String> wadeGiles = new HashMap<>();
    /** Syllables only Wade-Giles spells so ("hsi", "teh", "chih"): their presence marks a name as Wade-Giles. */
    private final Set<String> wadeGilesOnly = new HashSet<>();
    private final Map<String, String> palladius = new HashMap<>();
    /** EFEO (French) syllables without marks → pinyin; unmarked rows first, so "tso" is zuo and not tsö (ze). */
    private final Map<String, String> efeo = new HashMap<>();
    /** The longest EFEO syllable: aspirated ones with the apostrophe run to nine letters (tch'ouang), past LONGEST. */
    private int efeoLongest;

    ChineseSyllables() {
        for (String line : NameTables.lines("wade-giles-pinyin.tsv")) {
            String[] f = line.split("\t");
            String py = f[1].replace("ü", "v");
            pinyin.add(py);
            wadeGiles.putIfAbsent(plain(f[0]), py);
        }
        // Wade-Giles ê is often printed eh ("Chu Teh", "Lo Jui-ch'ing" beside "Tê"): the same syllable.
        for (String wg : List.copyOf(wadeGiles.keySet())) {
            if (wg.endsWith("e") && !wg.endsWith("ie") && !wg.endsWith("ue")) {
                wadeGiles.putIfAbsent(wg + "h", wadeGiles.get(wg));
            }
        }
        for (String wg : wadeGiles.keySet()) {
            if (!pinyin.contains(wg)) {
                wadeGilesOnly.add(wg);
            }
        }
        for (String line : NameTables.lines("palladius-pinyin.tsv")) {
            String[] f = line.split("\t");
            palladius.putIfAbsent(f[0], f[1].replace("ü", "v"));
            pinyin.add(f[1].replace("ü", "v"));
        }
        List<String[]> efeoRows = NameTables.lines("efeo-pinyin.tsv").stream().map(l -> l.split("\t")).toList();
        // Plain letters before marks: where a printed form drops them, the plain reading wins (tso is zuo, not tsö).
        for (int pass = 0; pass < 2; pass++) {
            for (String[] f : efeoRows) {
                if ((NameTables.isAscii(f[0]) ? 0 : 1) == pass) {
                    efeo.putIfAbsent(efeoKey(f[0]), f[1].replace("ü", "v"));
                    efeoLongest = Math.max(efeoLongest, efeoKey(f[0]).length());
                }
            }
        }
        // Interjections (ng, m, hm, ê) are syllables of the table but never of a name.
        for (String interjection : List.of("ng", "m", "n", "hm", "hng", "e", "o", "ei")) {
            pinyin.remove(interjection);
            wadeGiles.remove(interjection);
        }
    }

    /** Lower-case ASCII without the marks Wade-Giles is printed with or without (’ ' ê ü ŭ). */
    static String plain(String s) {
        return NameTables.ascii(s.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "").replace("‘", ""));
    }

    boolean isPinyin(String syllable) {
        return pinyin.contains(syllable);
    }

    boolean isSyllable(String syllable) {
        return pinyin.contains(syllable) || wadeGiles.containsKey(syllable);
    }

    boolean isWadeGilesOnly(String syllable) {
        return wadeGilesOnly.contains(syllable);
    }

    /**
     * The syllables of one written part ("Enlai", "Teh-huai" gives two parts), or null when it is not
     * Mandarin. Fewest syllables first; among splits of the same count the one with the longest first
     * syllable ("Xian" is one syllable, not xi-an).
     */
    List<String> split(String part) {
        String s = plain(part).replace("v", "u");
        if (isSyllable(s)) {
            return List.of(s);
        }
        return SyllableSplit.fewest(s, this::isSyllable, LONGEST);
    }

    /** A syllable in pinyin: Wade-Giles ones through the table when the name is written in Wade-Giles. */
    String toPinyin(String syllable, boolean wadeGilesName) {
        if (wadeGilesName || !pinyin.contains(syllable)) {
            String py = wadeGiles.get(syllable);
            if (py != null) {
                return py;
            }
        }
        return syllable;
    }

    /** The sound class: aspirated and plain initials, and the affricates and sibilants, fall together. */
    static String soundClass(String pinyinSyllable) {
        // Wade-Giles writes pinyin you as yu and pinyin yu as yü, and print mostly drops the ü: one class.
        String s = pinyinSyllable.equals("you") ? "yu" : pinyinSyllable.replace("v", "u");
        var m = CLASS_INITIAL.matcher(s);
        return m.find() ? INITIAL_CLASS.get(m.group(1)) + s.substring(m.end()) : s;
    }

    /**
     * EFEO without marks, but ö kept apart from o as e, as the French press prints it (tsö = tsé = ze; tso =
     * zuo), and the aspiration apostrophe kept where it is printed (p'ing = ping; ping = bing).
     */
    private static String efeoKey(String s) {
        return NameTables.ascii(s.toLowerCase(Locale.ROOT).replace("ö", "e").replace("’", "'").replace("‘", "'"));
    }

    /** Whether a spelling has a mark only the French systems make; a scan for their letters first, as this runs for every reading. */
    static boolean frenchMark(String all) {
        boolean maybe = all.indexOf('é') >= 0 || all.indexOf('ï') >= 0 || all.indexOf('ö') >= 0 || all.contains("ou")
                || all.contains("ch") || all.contains("Ng");
        return maybe && EFEO_MARK.matcher(all.toLowerCase(Locale.ROOT)).find();
    }

    /** The pinyin syllables of an EFEO (French) spelling of one part ("Tsé-toung", "Ngen-lai"), or null. */
    List<String> fromEfeo(String part) {
        List<String> out = new ArrayList<>();
        for (String piece : efeoKey(part).split("-")) {
            List<String> s = piece.isEmpty() ? List.of() : SyllableSplit.fewest(piece, efeo::containsKey, efeoLongest);
            if (s == null) {
                return null;
            }
            s.forEach(x -> out.add(efeo.get(x)));
        }
        return out.isEmpty() ? null : out;
    }

    /** Cyrillic syllables of a Palladius spelling ("Эньлай") in pinyin, or null when it is not Palladius. */
    List<String> fromPalladius(String cyrillic) {
        String s = cyrillic.toLowerCase(Locale.ROOT).replace("ё", "е").replace("-", "");
        List<String> cyrillicSyllables = s.isEmpty() ? null : SyllableSplit.fewest(s, palladius::containsKey, LONGEST);
        return cyrillicSyllables == null ? null : cyrillicSyllables.stream().map(palladius::get).toList();
    }

    int syllableCount() {
        return pinyin.size();
    }

    int wadeGilesCount() {
        return wadeGiles.size();
    }
}
