package org.archivelistings.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spelled-out numbers of every lexicon language, written by ICU's rule-based number format (CLDR
 * spellout rules): cardinals 1-99 and ordinals 1-31 in each of the locale's rule sets (Russian has one
 * per case and gender), English years 1000-2099 ("nineteen eighty-one", "one thousand eight hundred and
 * twelve"), and CJK numerals 0-99. Formatting the forms once and matching them beats ICU's lenient parse,
 * which would have to be tried on every word of every title.
 */
final class NumberWords {
    static final List<String> LOCALES = List.of("en", "ru", "de", "fr", "es", "it", "hu", "pl", "cs", "ro");
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
                    trie.put(f.format(v, set), new Trie.Entry(TokenKind.NUMBER, v, 0, ordinal ? "º" : Token.NONE),
                            false);
                }
                boolean years = tag.equals("en") && !ordinal && set.contains("numbering");
                for (int v = 1000; years && v < 2100; v++) {
                    trie.put(f.format(v, set), new Trie.Entry(TokenKind.NUMBER, v, 0, Token.NONE), false);
                }
            }
        }
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
            if (d < 0 && s.charAt(i) == '零') {
                d = 0;
            }
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static boolean cjkNumeral(char c) {
        return CJK_DIGITS.indexOf(c) >= 0 || c == '十' || c == '零' || c == '百' || c == '两';
    }
}
