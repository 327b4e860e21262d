package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a surname and given-name parts as a Korean or a Chinese name, or says they are not one: the
 * surname must be in that language's lexicon and every given part must split into that language's
 * syllables (one to three in all). Each syllable is folded on its own, so syllable boundaries survive.
 */
final class EastAsianReading {
    /** A reading: language, surname key, folded syllables, system. */
    record Reading(String language, String surnameKey, List<String> syllables, String system) {
        String givenKey() {
            return String.join("-", syllables);
        }
    }

    private static final java.util.regex.Pattern FRENCH_TCH = java.util.regex.Pattern.compile("(?i)tch");
    private final NameTables tables;
    private final java.util.Map<String, String> surnameBySound = new java.util.HashMap<>();
    private final ChineseSyllables chinese;
    private final KoreanSyllables korean;
    private final RussianLatin russianLatin = new RussianLatin();
    private final VietnameseReading vietnamese;

    EastAsianReading(NameTables tables, ChineseSyllables chinese, KoreanSyllables korean) {
        this.tables = tables;
        // Several surnames share a sound class (Zhou, Chou); the commonest, first in the file order by
        // frequency of the source list, is not known here, so the alphabetically last wins: zh before ch.
        tables.chineseSurnames.forEach((spelling, py) -> {
            if (spelling.equals(py)) {
                surnameBySound.merge(ChineseSyllables.soundClass(py), py, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        });
        this.chinese = chinese;
        this.korean = korean;
        this.vietnamese = new VietnameseReading(tables, chinese, korean);
    }

    /** The pinyin of a Chinese surname in any spelling (pinyin, Wade-Giles, Taiwan forms, Palladius), or null. */
    String chineseSurname(String word) {
        if (isCyrillic(word)) {
            // Palladius before the Latin letters the word folds to: Кан is kang, not kan.
            List<String> p = chinese.fromPalladius(word);
            if (p != null && p.size() == 1 && tables.chineseSurnames.containsKey(p.get(0))) {
                return p.get(0);
            }
        }
        String plain = ChineseSyllables.plain(word);
        String py = tables.chineseSurnames.get(plain);
        if (py != null && py.equals(plain)) {
            return py; // pinyin itself
        }
        if (chinese.isSyllable(plain)) {
            // Wade-Giles by the syllable table before the customary Taiwan forms ("Chou" is Zhou, not Qiu).
            // Aspiration marks are mostly lost in print, so the surname is found by its sound class.
            String bySound = surnameBySound.get(ChineseSyllables.soundClass(chinese.toPinyin(plain, true)));
            if (bySound != null) {
                return bySound;
            }
        }
        if (py == null && isCyrillic(word)) {
            List<String> p = chinese.fromPalladius(word);
            py = p != null && p.size() == 1 && tables.chineseSurnames.containsKey(p.get(0)) ? p.get(0) : null;
        }
        return py;
    }

    String koreanSurname(String word) {
        String hangul = tables.koreanSurnames.get(word);
        return hangul != null ? hangul : tables.koreanSurnames.get(ChineseSyllables.plain(word));
    }

    /** The fewest Chinese or Korean syllables a written piece splits into; 0 when it splits into neither. */
    int syllableCount(String piece) {
        List<String> zh = piece.isEmpty() ? null : chinese.split(piece);
        List<String> ko = piece.isEmpty() ? null : korean.split(piece);
        return zh == null ? ko == null ? 0 : ko.size() : ko == null ? zh.size() : Math.min(zh.size(), ko.size());
    }

    boolean isSurname(String word) {
        return koreanSurname(word) != null || chineseSurname(word) != null;
    }

    /** The best reading of surname + given parts, Chinese before Korean when both fit; null when neither does. */
    Reading read(String surname, List<String> given) {
        if (given.isEmpty() || given.size() > 3) {
            return null;
        }
        if (GermanSpelling.marked(surname, given)) {
            // German writes Wade-Giles and McCune-Reischauer with tsch, sch, dsch ("Tschou En-lai", "Liu Schao-tschi").
            Reading r = read(GermanSpelling.english(surname), given.stream().map(GermanSpelling::english).toList());
            if (r != null) {
                return new Reading(r.language(), r.surnameKey(), r.syllables(), "German " + r.system());
            }
        }
        Reading vi = vietnamese.read(surname, given, chineseSurname(surname) != null || koreanSurname(surname) != null);
        if (vi != null) {
            return vi;
        }
        Reading zh = readChinese(surname, given);
        Reading ko = readKorean(surname, given);
        if (!isCyrillic(surname)) {
            zh = otherSystems(zh, surname, given);
        }
        if (!isCyrillic(surname) && RussianLatin.russianKorean(given)) {
            // Latinized Russian practice ("Kim Ir Sen", "Tsoy Yen Gen"), marked by its spelling (a Russian
            // surname alone is not enough: "Khan Abdul" is not 한); given names of one or two syllables, as
            // Korean ones are ("Kim Arrives" is not one).
            Reading russian = viaCyrillic(surname, given, false);
            ko = russian != null && russian.syllables().size() <= 2 ? russian : ko;
        }
        if (zh != null && ko != null) {
            return ChineseOrKorean.choose(surname, given, zh, ko);
        }
        return zh != null ? zh : ko != null ? ko : vietnamese.read(surname, given, false); // "Mai Chi Tho"
    }

    /**
     * Latinized Palladius ("Mao Tsze-dun", "Den Syaopin") and EFEO with the French press ("Mao Tsé-toung",
     * "Tcheou Ngen-lai") when pinyin and Wade-Giles do not read the name, or read a hyphenated piece as two
     * syllables ("Siao-p'ing" is siao-ping, not si-ao-ping), or the spelling has a French mark. Fewest
     * syllables wins; a French mark makes EFEO win a tie.
     */
    private Reading otherSystems(Reading direct, String surname, List<String> given) {
        boolean french = ChineseSyllables.frenchMark(surname + " " + String.join(" ", given));
        int pieces = 0;
        for (String part : given) {
            pieces += part.split("-").length;
        }
        if (direct != null && !french && direct.syllables().size() <= pieces) {
            return direct;
        }
        if (direct == null && !french && given.size() <= 2) {
            // Unmarked, a name that reads as Korean given-first is Korean ("Mu Jong" is Jeong Mu, not Mu Rong).
            List<String> reversed = new ArrayList<>(List.of(surname));
            reversed.addAll(given.subList(0, given.size() - 1));
            if (readKorean(given.get(given.size() - 1), reversed) != null) {
                return null;
            }
        }
        Reading best = french ? null : direct;
        for (Reading r : new Reading[] {viaEfeo(surname, given), french ? direct : null, viaCyrillic(surname, given, true)}) {
            if (r != null && (best == null || r.syllables().size() < best.syllables().size())) {
                best = r;
            }
        }
        return best;
    }

    /** The reading of an EFEO (French) spelling: parts EFEO does not read stay pinyin or Wade-Giles; null when neither reads one. */
    private Reading viaEfeo(String surname, List<String> given) {
        // The surname as EFEO first (Hou is Hu, Chen Shen, Sou Su), its pinyin or Wade-Giles reading when EFEO
        // gives no surname: this is the French reading of the whole name.
        List<String> es = chinese.fromEfeo(surname);
        String py = es != null && es.size() == 1 && tables.chineseSurnames.containsKey(es.get(0)) ? es.get(0)
                : chineseSurname(surname);
        if (py == null) {
            return null;
        }
        List<String> g = new ArrayList<>();
        for (String part : given) {
            List<String> e = chinese.fromEfeo(part);
            if (e != null) {
                g.add(String.join("-", e));
                continue;
            }
            // The French press mixes the systems syllable by syllable ("Liou Chao-chi": EFEO liou and chao,
            // Wade-Giles chi): each hyphenated piece EFEO does not read stays pinyin or Wade-Giles.
            // A Wade-Giles ch the press writes tch ("Chao-tchi") is read as Wade-Giles.
            List<String> pieces = new ArrayList<>();
            for (String piece : part.split("-")) {
                List<String> pe = piece.isEmpty() ? null : chinese.fromEfeo(piece);
                String wg = pe != null || piece.isEmpty() ? piece : readChinese("Li", List.of(piece)) != null ? piece
                        : FRENCH_TCH.matcher(piece).lookingAt() ? FRENCH_TCH.matcher(piece).replaceFirst("ch") : null;
                if (pe == null && (wg == null || readChinese("Li", List.of(wg)) == null)) {
                    return null;
                }
                pieces.add(pe == null ? wg : String.join("-", pe));
            }
            g.add(String.join("-", pieces));
        }
        Reading r = readChinese(py, g);
        return r == null ? null : new Reading(r.language(), r.surnameKey(), r.syllables(), "EFEO");
    }

    /** The reading of the Cyrillic a Latin name was transliterated from, or null. */
    private Reading viaCyrillic(String surname, List<String> given, boolean chineseName) {
        String s = russianLatin.cyrillic(surname, chineseName);
        if (s == null || (chineseName ? chineseSurname(s) : koreanSurname(s)) == null) {
            return null; // most words: no surname, and no given names to transliterate
        }
        List<String> g = new ArrayList<>();
        for (String part : given) {
            if (chineseName && readChinese("Li", List.of(part)) != null) {
                g.add(part); // "Chzhou Enlai": a part that reads as pinyin or Wade-Giles stays so
                continue;
            }
            String c = russianLatin.cyrillic(part, chineseName);
            if (c == null) {
                return null;
            }
            g.add(c);
        }
        Reading r = chineseName ? readChinese(s, g) : readKorean(s, g);
        return r == null ? null : new Reading(r.language(), r.surnameKey(), r.syllables(), r.system() + "-Latin");
    }

    private Reading readChinese(String surname, List<String> given) {
        String py = chineseSurname(surname);
        if (py == null) {
            return null;
        }
        List<String> syllables = new ArrayList<>();
        List<Boolean> fromCyrillic = new ArrayList<>();
        boolean wadeGiles = false;
        for (String part : given) {
            boolean cyrillic = isCyrillic(part);
            if (part.contains("'") || part.contains("’") || part.contains("ü") || part.contains("ê")
                    || KoreanSyllables.LOWER_HYPHEN.matcher(part).find()) {
                wadeGiles = true;
            }
            for (String piece : part.split("-")) {
                if (piece.isEmpty()) {
                    continue;
                }
                List<String> s = cyrillic ? chinese.fromPalladius(piece) : chinese.split(piece);
                if (s == null) {
                    return null;
                }
                syllables.addAll(s);
                s.forEach(x -> fromCyrillic.add(cyrillic));
            }
        }
        if (syllables.isEmpty() || syllables.size() > 3) {
            return null;
        }
        for (int i = 0; i < syllables.size(); i++) {
            wadeGiles |= !fromCyrillic.get(i) && chinese.isWadeGilesOnly(syllables.get(i));
        }
        List<String> folded = new ArrayList<>();
        for (int i = 0; i < syllables.size(); i++) {
            String s = syllables.get(i);
            folded.add(ChineseSyllables.soundClass(fromCyrillic.get(i) ? s : chinese.toPinyin(s, wadeGiles)));
        }
        String system = isCyrillic(surname) ? "Palladius" : wadeGiles ? "WG" : "pinyin";
        return new Reading("zh", ChineseSyllables.soundClass(py), folded, system);
    }

    private Reading readKorean(String surname, List<String> given) {
        String key = koreanSurname(surname);
        if (key == null) {
            return null;
        }
        List<String> folded = new ArrayList<>();
        for (String part : given) {
            for (String piece : part.split("-")) {
                if (piece.isEmpty()) {
                    continue;
                }
                List<String> s = korean.split(isCyrillic(piece) ? korean.fromCyrillic(piece) : piece);
                if (s == null) {
                    return null;
                }
                s.forEach(x -> folded.add(korean.soundClass(x)));
            }
        }
        if (folded.isEmpty() || folded.size() > 3) {
            return null;
        }
        folded.set(0, KoreanSyllables.initialSound(folded.get(0)));
        String system = isCyrillic(surname) ? "Kontsevich" : KoreanSyllables.system(surname + " " + String.join(" ", given));
        return new Reading("ko", key, folded, system);
    }

    static boolean isCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x400 && c <= 0x52F) {
                return true; // the Cyrillic and Cyrillic Supplement blocks; a loop: this runs for every name
            }
        }
        return false;
    }
}
