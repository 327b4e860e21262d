package org.archivelistings.names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which of two readings wins when a name reads both as Chinese and as Korean ("Yi Sang-jo", "Li Xiannian", "Ho Ka-i"). */
final class ChineseOrKorean {
    private static final Pattern WADE_GILES_MARK = Pattern.compile("hs|ts|tz|ih\\b|ieh|ien\\b|ung\\b|ü|ê|['’]");
    private static final Pattern MR_BREVE = Pattern.compile("[ŏŭ]");
    private static final Pattern FRENCH_ONLY = Pattern.compile("[éöï]|eou");
    private static final Pattern PALLADIUS_MARK = Pattern.compile("[ьжш]|цз|чж|уа|уй|оу|эй|ао");

    private ChineseOrKorean() {}

    /**
     * Cyrillic: ь, ж, ш, the finals уа, уй, оу, эй, ао and the initials цз, чж are Palladius only ("Кан Шэн"
     * is Kang Sheng, "Ким Ир Сен" Korean). Latin: the reading that gives one syllable a written piece when
     * the other does not ("Wu Kuang-hai" is kuang, not Korean gu-ang; "Li Ju-liu" is liu, not li-u), and in a
     * joined given name the fewer syllables; then
     * Chinese when every given syllable is pinyin or the spelling has a mark only Wade-Giles makes (hs, ts,
     * tz, -ih, -ieh, -ien, -ung, ü, ê, apostrophes); else Korean.
     */
    static EastAsianReading.Reading choose(String surname, List<String> given, EastAsianReading.Reading zh,
            EastAsianReading.Reading ko) {
        String given2 = String.join(" ", given).toLowerCase(Locale.ROOT);
        if (EastAsianReading.isCyrillic(surname)) {
            // Kontsevich writes ㅈ чж too (Ли Чжу Ён), one capitalized piece a syllable: where only one reading
            // gives each written piece one syllable, it wins before the Palladius letters decide.
            int cyrPieces = given.size();
            if (cyrPieces > 1 && (zh.syllables().size() == cyrPieces) != (ko.syllables().size() == cyrPieces)) {
                return zh.syllables().size() == cyrPieces ? zh : ko;
            }
            return PALLADIUS_MARK.matcher(given2).find() ? zh : ko;
        }
        if (MR_BREVE.matcher(given2).find()) {
            return ko; // ŏ and ŭ are McCune-Reischauer's alone: "Sin Chung-hŭng" is not EFEO
        }
        if (FRENCH_ONLY.matcher(given2).find()) {
            return zh; // é, ö, ï and eou are EFEO and the French press, no Korean system: "Li Tö-cheng" is Li Desheng
        }
        if (given2.indexOf('f') >= 0) {
            return zh; // Korean has no f; only a rare ad-hoc spelling writes ㅍ so ("Chang Han-fu" is Chinese)
        }
        if (Character.toLowerCase(given.get(0).charAt(0)) == 'l') {
            // No Korean system starts a given name with l: the South writes word-initial ㄹ as n or y, the
            // DPRK as r ("Ryong"); "Chang Ling-kai" and "Yang Lung-hun" are Chinese.
            return zh;
        }
        int pieces = 0;
        for (String part : given) {
            pieces += part.split("-").length;
        }
        boolean zhFits = zh.syllables().size() == pieces;
        boolean koFits = ko.syllables().size() == pieces;
        if (pieces > 1 && zhFits != koFits) {
            return zhFits ? zh : ko;
        }
        if (pieces == 1 && zh.syllables().size() != ko.syllables().size()) {
            // A joined given name: the fewer syllables, as the splits themselves prefer ("Wu Chiafa" is chia-fa, not Korean ji-a-fa).
            return zh.syllables().size() < ko.syllables().size() ? zh : ko;
        }
        return zh.system().equals("pinyin") || WADE_GILES_MARK.matcher(given2).find() ? zh : ko;
    }
}
