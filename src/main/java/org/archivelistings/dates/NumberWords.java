package org.archivelistings.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spelled-out numbers of every lexicon language, written by ICU's rule-based number format (CLDR
 * spellout rules): cardinals 1-99 and ordinals 1-31 in each of the locale's rule sets (Russian has one
 * per case and gender), years in the numbering rule sets (English 1000-2099: "nineteen eighty-one", "one
 * thousand eight hundred and twelve", "eighteen hundred and twelve"; the other languages 1800-2099: "mil ochocientos doce",
 * "achtzehnhundertzwölf", "тысяча восемьсот двенадцатого"; Slavic ordinal years, see {@link #ordinalYears}), and CJK numerals 0-99. Formatting the forms once and matching them beats ICU's lenient parse,
 * which would have to be tried on every word of every title.
 */
final class NumberWords {
    static final List<String> LOCALES = List.of("en", "ru", "uk", "de", "fr", "es", "it", "hu", "pl", "cs", "ro", "pt");
    private static final String CJK_DIGITS = "〇一二三四五六七八九";

    private NumberWords() {}

    /** Spelled form → value; ordinals carry the text "º". */
    static void addTo(Trie trie) {
        for (String tag : LOCALES) {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(tag), RuleBasedNumberFormat.SPELLOUT);
            for (String set : f.getRuleSetNames()) {
                boolean ordinal = set.contains("ordinal");
                if (!ordinal && !set.contains("numbering") && !set.contains("cardinal")) {
                    continue;
                }
                int max = ordinal ? 31 : 99;
                for (int v = 1; v <= max; v++) {
                    trie.put(spelled(f, v, set), new Trie.Entry(TokenKind.NUMBER, v, 0, ordinal ? "º" : Token.NONE),
                            false);
                }
                boolean years = !ordinal && set.contains("numbering") || ordinalYears(tag, set);
                for (int v = tag.equals("en") ? 1000 : 1800; years && v < 2100; v++) {
                    String y = spelled(f, v, set);
                    trie.put(y, new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                    if (tag.equals("en") && v >= 1100 && v % 100 != 0) {
                        // legal and older English: "eighteen hundred and twelve", "nineteen hundred fifty-six"
                        String hundreds = spelled(f, v / 100, set) + " hundred ";
                        String rest = spelled(f, v % 100, set);
                        trie.put(hundreds + "and " + rest, new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                        trie.put(hundreds + rest, new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                    }
                    if (tag.equals("pl")) {
                        // ICU 79's Polish ordinals misspell 50, 60 and 90 (piętdziesiąty, szesdziesiąty, dziewiętdziesiąty)
                        trie.put(y.replace("piętdziesiąt", "pięćdziesiąt").replace("szesdziesiąt", "sześćdziesiąt")
                                .replace("dziewiętdziesiąt", "dziewięćdziesiąt"),
                                new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                    }
                    if ((tag.equals("ru") || tag.equals("uk")) && y.startsWith("одна ")) {
                        // ICU writes "одна тысяча девятьсот", dates as often "тысяча девятьсот"
                        trie.put(y.substring(5), new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                    }
                    if (tag.equals("fr") && y.startsWith("mille ")) {
                        // French dates write the thousand "mil" (mil huit cent douze)
                        trie.put("mil" + y.substring(5), new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                    }
                }
            }
        }
    }

    /**
     * Russian, Ukrainian, Polish and Czech name a year with the masculine ordinal (год, рік, rok): "тисяча
     * дев'ятсот п'ятдесят шостого року", "w roku tysiąc dziewięćset pięćdziesiątym szóstym"; in the nominative,
     * genitive and locative, the cases a year takes in a date.
     */
    private static boolean ordinalYears(String tag, String set) {
        return (tag.equals("ru") || tag.equals("uk") || tag.equals("pl") || tag.equals("cs"))
                && set.matches("%spellout-ordinal-masculine(-genitive|-locative|-prepositional)?");
    }

    /** ICU writes German, Italian and Hungarian compounds with soft hyphens (zwei\u00ADund\u00ADzwanzig); text has none. */
    private static String spelled(RuleBasedNumberFormat f, int v, String set) {
        return f.format(v, set).replace("\u00AD", "");
    }

    /** CJK numeral strings with a unit character (二十三, 十二) → value, from ICU's Chinese spellout. */
    static Map<String, Integer> cjk() {
        Map<String, Integer> out = new HashMap<>();
        for (String tag : List.of("zh", "zh_Hant", "ja")) {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(tag), RuleBasedNumberFormat.SPELLOUT);
            for (int v = 0; v < 100; v++) {
                out.put(f.format(v), v);
            }
        }
        return out;
    }

    /** A CJK numeral written digit by digit (一八一二, 一九五六): its value, or -1. */
    static int cjkDigits(CharSequence s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = CJK_DIGITS.indexOf(s.charAt(i));
            if (d < 0 && (s.charAt(i) == '零' || ocrZero(s.charAt(i)))) {
                d = 0;
            }
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * The end of the CJK numeral at i. OCR reads the zero of "一九五〇" as O, o or ○; only a numeral written digit by
     * digit, with no Latin letter after it, takes them, else it stops before the first one.
     */
    static int cjkRunEnd(String s, int i) {
        int j = i;
        boolean ocr = false;
        while (j < s.length() && (cjkNumeral(s.charAt(j)) || ocrZero(s.charAt(j)))) {
            ocr |= ocrZero(s.charAt(j));
            j++;
        }
        if (ocr && (cjkDigits(s.substring(i, j)) < 0 || j < s.length() && s.charAt(j) < 128
                && Lexer.letter(s.charAt(j)))) {
            j = i;
            while (j < s.length() && cjkNumeral(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /** What OCR makes of 〇 among CJK numerals: Latin O or o, the circle ○. */
    static boolean ocrZero(char c) {
        return c == 'O' || c == 'o' || c == '○';
    }

    static boolean cjkNumeral(char c) {
        return CJK_DIGITS.indexOf(c) >= 0 || c == '十' || c == '零' || c == '百' || c == '两';
    }
}
