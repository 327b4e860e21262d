package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Korean syllables in McCune-Reischauer (with or without its breves and apostrophes), Revised
 * Romanization, the DPRK system and the customary spellings: an initial consonant, a vowel and a final
 * consonant, as the jamo tables of korean-jamo.tsv list them. Splits a given name into syllables and
 * folds each to the sound class its spellings share (ŏ = eo, k = g, ch = j, r = l, th = t'...).
 */
final class KoreanSyllables {
    private static final int LONGEST = 7;

    private final Pattern syllable;
    private final List<NameTables.Fold> folds;
    /** cyrillic-korean.tsv, longest Cyrillic first as the file lists them. */
    private final List<String[]> cyrillic = new ArrayList<>();

    KoreanSyllables(NameTables tables) {
        List<String> initials = new ArrayList<>();
        List<String> vowels = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        for (String line : NameTables.lines("korean-jamo.tsv")) {
            String[] f = line.split("\t");
            List<String> target = f[0].equals("initial") ? initials : f[0].equals("vowel") ? vowels : finals;
            for (String v : f[2].split("\\|")) {
                if (!v.isBlank() && !target.contains(v)) {
                    target.add(v);
                }
            }
        }
        // Longest alternatives first, so the regex tries "yeo" before "yo" and "ng" before "n".
        java.util.Comparator<String> longestFirst = (a, b) -> b.length() - a.length();
        initials.sort(longestFirst);
        vowels.sort(longestFirst);
        finals.sort(longestFirst);
        syllable = Pattern.compile("(?:" + String.join("|", initials) + ")?(?:" + String.join("|", vowels) + ")(?:"
                + String.join("|", finals) + ")?");
        folds = tables.eastAsianFolds;
        for (String line : NameTables.lines("cyrillic-korean.tsv")) {
            String[] f = line.split("\t");
            cyrillic.add(f);
        }
    }

    /** A Russian Cyrillic spelling of Korean syllables ("Ильсон", "Сен") in Latin, longest match first. */
    String fromCyrillic(String word) {
        String s = word.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            String[] hit = null;
            for (String[] f : cyrillic) {
                if (s.startsWith(f[0], i)) {
                    hit = f;
                    break;
                }
            }
            boolean syllableEnd = i + 1 >= s.length() || "аэыуояеёюи".indexOf(s.charAt(i + 1)) < 0;
            if (s.charAt(i) == 'н' && syllableEnd) {
                // Final н: read as ㅇ, the commoner final in names, but as ㄴ after и and во: Sino-Korean has
                // 인 진 신 민 린 원 권 and hardly 잉 징 싱 밍 링, no 웡 궝 ("Син", "Чжин", "Рин", "Вон", "Квон").
                boolean afterI = i > 0 && s.charAt(i - 1) == 'и';
                boolean afterWo = i > 1 && s.charAt(i - 1) == 'о' && s.charAt(i - 2) == 'в';
                out.append(afterI || afterWo ? "n" : "ng");
                i++;
            } else if (s.charAt(i) == 'е' && i == 0) {
                out.append("yeo"); // word-initial е is ye: Ен = 영
                i++;
            } else if (s.charAt(i) == 'е' && "аэыуояеёюиьъ".indexOf(s.charAt(i - 1)) < 0) {
                out.append(innerE(s, i));
                i++;
            } else if (hit == null) {
                out.append(s.charAt(i++));
            } else {
                out.append(hit[1]);
                i += hit[0].length();
            }
        }
        return out.toString();
    }

    /**
     * е after a consonant: Kontsevich writes ㅕ ё, which print drops to е, and ㅖ (and ㅔ) е; older practice
     * writes ㅕ е. Where ㅕ and ㅓ sound alike, after с and the affricates, a closed syllable is ㅓ (Сен = 성,
     * Чен = 정) and an open one ㅔ (Се = 세); after other consonants a closed syllable is ㅕ (Хен = 형, Кен = 경,
     * Мен = 명), an open one ㅖ (Хе = 혜, Ке = 계): ㅕ in names is mostly closed, ㅖ and ㅔ open.
     */
    private static String innerE(String s, int i) {
        boolean closed = i + 1 < s.length() && "аэыуояеёюи".indexOf(s.charAt(i + 1)) < 0
                && (i + 2 >= s.length() || "аэыуояеёюи".indexOf(s.charAt(i + 2)) < 0);
        boolean sibilant = "счжшщц".indexOf(s.charAt(i - 1)) >= 0;
        return sibilant ? (closed ? "eo" : "e") : (closed ? "yeo" : "ye");
    }

    boolean isSyllable(String plain) {
        return syllable.matcher(plain).matches();
    }

    /** The syllables of one written part ("Pilgyu" → pil, gyu), fewest first; null when it is not Korean. */
    List<String> split(String part) {
        String s = ChineseSyllables.plain(part);
        if (isSyllable(s)) {
            return List.of(s);
        }
        List<String> syllables = s.isEmpty() ? null : SyllableSplit.fewest(s, this::isSyllable, LONGEST);
        return syllables == null || syllables.size() > 3 ? null : finalBeforeY(finalBeforeH(finalNg(syllables)));
    }

    /**
     * "Wonyong" is won-yong before wo-nyong, "Ilyong" il-yong before i-lyong: y-initial syllables (영, 용, 연, 윤)
     * are among the commonest in names, ny- and ly- syllables rare, and the DPRK's r- (Ryong) is written
     * hyphenated or spaced.
     */
    private List<String> finalBeforeY(List<String> syllables) {
        List<String> out = null;
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String a = (out == null ? syllables : out).get(i);
            String b = (out == null ? syllables : out).get(i + 1);
            if (b.length() > 2 && b.charAt(1) == 'y' && "nlr".indexOf(b.charAt(0)) >= 0
                    && "aeiou".indexOf(a.charAt(a.length() - 1)) >= 0
                    && isSyllable(a + b.charAt(0)) && isSyllable(b.substring(1))) {
                if (out == null) {
                    out = new ArrayList<>(syllables);
                }
                out.set(i, a + b.charAt(0));
                out.set(i + 1, b.substring(1));
            }
        }
        return out == null ? syllables : out;
    }

    /**
     * "Hyokhwa" is hyok-hwa before hyo-khwa, "Songhun" song-hun before son-ghun: ㅎ-initial syllables
     * (호, 화, 희, 훈, 혁) are among the commonest in names, and the DPRK's kh, th, ph for an aspirate are written
     * in hyphenated or spaced given names, which never reach this split.
     */
    private List<String> finalBeforeH(List<String> syllables) {
        List<String> out = null;
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String a = (out == null ? syllables : out).get(i);
            String b = (out == null ? syllables : out).get(i + 1);
            if (b.length() > 2 && b.charAt(1) == 'h' && "kgtdpb".indexOf(b.charAt(0)) >= 0
                    && ("aeiouy".indexOf(a.charAt(a.length() - 1)) >= 0 || a.endsWith("n") && b.charAt(0) == 'g')
                    && isSyllable(a + b.charAt(0)) && isSyllable(b.substring(1))) {
                if (out == null) {
                    out = new ArrayList<>(syllables);
                }
                out.set(i, a + b.charAt(0));
                out.set(i + 1, b.substring(1));
            }
        }
        return out == null ? syllables : out;
    }

    /**
     * "Jongil" is jong-il before jon-gil, "Changok" chang-ok before chan-gok: ㅇ (ng) is far the commoner final in
     * names and a vowel-initial syllable (ㅇ: il, ok, ae, eun) the commonest second syllable, while RR and the
     * press join given names without the hyphen that would tell. Only ng + vowel moves; "Honam" stays ho-nam.
     */
    private List<String> finalNg(List<String> syllables) {
        List<String> out = null;
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String a = (out == null ? syllables : out).get(i);
            String b = (out == null ? syllables : out).get(i + 1);
            if (a.endsWith("n") && b.length() > 1 && b.charAt(0) == 'g' && "aeiouwy".indexOf(b.charAt(1)) >= 0
                    && isSyllable(a + "g") && isSyllable(b.substring(1))) {
                if (out == null) {
                    out = new ArrayList<>(syllables);
                }
                out.set(i, a + "g");
                out.set(i + 1, b.substring(1));
            }
        }
        return out == null ? syllables : out;
    }

    /**
     * The sound class of one syllable. Its u and o are one class: the spellings people use write ㅓ as u or o
     * (Choi Yong-gun for 건, Chun and Chon for 전, Sung for 성), ㅡ as u or eu and ㅜ as u or oo, so no vowel
     * letter of theirs tells ㅓ, ㅗ, ㅜ and ㅡ apart.
     */
    String soundClass(String plainSyllable) {
        String s = plainSyllable.replaceAll("^(t|k|p)h", "$1");
        return NameTables.fold(s, folds).replace('u', 'o');
    }

    /**
     * The initial-sound rule of the South (두음법칙), which the DPRK system does not apply: a word-initial ㄹ is
     * ㅇ before i and y and ㄴ before other vowels, a word-initial ㄴ is ㅇ before i and y (Ryang-uk = Yang-uk,
     * Ryong = Yong, Rak = Nak, Nyo = Yo). It applies to the first syllable of the given name, so the sound
     * class of that syllable drops the difference: the key of either spelling is the South's.
     */
    static String initialSound(String soundClass) {
        if (soundClass.length() < 2 || (soundClass.charAt(0) != 'l' && soundClass.charAt(0) != 'n')) {
            return soundClass;
        }
        char second = soundClass.charAt(1);
        if (second == 'i' || second == 'y') {
            // the glide fold wrote ry/ny as li/ni: "liang" is yang, "li" is i
            boolean glide = second == 'y' || (soundClass.length() > 2 && "aeou".indexOf(soundClass.charAt(2)) >= 0);
            return glide ? "y" + soundClass.substring(2) : soundClass.substring(1);
        }
        return soundClass.charAt(0) == 'l' && "aeou".indexOf(second) >= 0 ? "n" + soundClass.substring(1) : soundClass;
    }

    private static final java.util.regex.Pattern MR_MARK = java.util.regex.Pattern.compile("[ŏŭŎŬ'’^]");
    private static final java.util.regex.Pattern RR_VOWEL =
            java.util.regex.Pattern.compile("eo|eu", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A hyphen before a lower-case syllable (Il-sung, Teh-huai): McCune-Reischauer's and Wade-Giles' habit. */
    static final java.util.regex.Pattern LOWER_HYPHEN = java.util.regex.Pattern.compile("\\p{L}-\\p{Ll}");

    /** The romanization system a Korean name is spelled in, from its marks. */
    static String system(String s) {
        if (MR_MARK.matcher(s).find()) {
            return "MR";
        }
        if (RR_VOWEL.matcher(s).find()) {
            return "RR";
        }
        return LOWER_HYPHEN.matcher(s).find() ? "MR-plain" : "DPRK";
    }

    /**
     * The given-name keys a Kontsevich spelling can mean: final н is ㄴ or ㅇ (Хон: hon or hong), ын is 은
     * (eun) as well as 응, so each syllable key ending in ng is also read without the g, and -ong as -un.
     */
    static List<String> finalNReadings(String givenKey) {
        List<String> keys = new ArrayList<>(List.of(""));
        for (String syllable : givenKey.split("-")) {
            List<String> readings = new ArrayList<>(List.of(syllable));
            if (syllable.endsWith("ng")) {
                readings.add(syllable.substring(0, syllable.length() - 1));
            }
            if (syllable.endsWith("ong")) {
                readings.add(syllable.substring(0, syllable.length() - 3) + "un");
            }
            List<String> next = new ArrayList<>();
            keys.forEach(k -> readings.forEach(r -> next.add(k.isEmpty() ? r : k + "-" + r)));
            keys = next;
        }
        return keys;
    }

    /**
     * The given-name keys an ad-hoc spelling can mean: its u is ㅜ or ㅡ, and also ㅓ ("Chul" for 철, "Hyun"
     * for 현, "kun" for 건), which RR writes eo and MR ŏ; so each syllable with u is also read with o.
     */
    static List<String> adHocUReadings(String givenKey) {
        List<String> keys = new ArrayList<>(List.of(""));
        for (String syllable : givenKey.split("-")) {
            List<String> readings = syllable.indexOf('u') >= 0 ? List.of(syllable, syllable.replace('u', 'o')) : List.of(syllable);
            List<String> next = new ArrayList<>();
            keys.forEach(k -> readings.forEach(r -> next.add(k.isEmpty() ? r : k + "-" + r)));
            keys = next;
        }
        return keys;
    }
}
