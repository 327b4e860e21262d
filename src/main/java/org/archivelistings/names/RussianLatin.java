package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Latin spellings of Russian Cyrillic back to Cyrillic (latin-russian.tsv): Russian practice for Korean
 * and Chinese names reaches the West through BGN/PCGN ("Kim Ir Sen", "Mao Tsze-dun"), and only its
 * Cyrillic form reads by the Kontsevich and Palladius tables.
 */
final class RussianLatin {
    /** Marks of Russian practice in a Latin Korean given name: final r (Ир), e + n (Сен, Чен), Russian aspirates and дж. */
    private static final Pattern KOREAN_MARK =
            Pattern.compile("[aeiou]r(?![aeiouy])|(?<![aoiu])en(?![aeiouyg])|chkh|[ptk]kh|dzh|l['’]|^(?:yn|en)$");
    private final List<String[]> table = new ArrayList<>();

    RussianLatin() {
        for (String line : NameTables.lines("latin-russian.tsv")) {
            table.add(line.split("\t"));
        }
    }

    /** Whether a Latin Korean given name is written by Russian practice ("Ir", "Sen", "Chkhol'"). */
    static boolean russianKorean(List<String> given) {
        for (String part : given) {
            if (part.indexOf('r') < 0 && part.indexOf('e') < 0 && part.indexOf('h') < 0 && part.indexOf('\'') < 0
                    && part.indexOf('’') < 0 && part.indexOf('Y') < 0 && part.indexOf('E') < 0) {
                continue; // no letter of a mark: the regex is not run (this runs for every reading)
            }
            for (String piece : part.toLowerCase(Locale.ROOT).split("-")) {
                if (KOREAN_MARK.matcher(piece).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The Cyrillic of a Latin word, or null when it has letters BGN/PCGN does not write. {@code chinese}:
     * e is э (Дэн, Цзэ), as Palladius writes it after consonants; else е (Сен, Ен), as Korean names have it.
     */
    String cyrillic(String word, boolean chinese) {
        String s = NameTables.ascii(word.toLowerCase(Locale.ROOT).replace("ë", "yo"));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '-') {
                out.append('-');
                i++;
                continue;
            }
            boolean afterVowel = i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0;
            if (c == 'y' && (i + 1 >= s.length() || "auoe".indexOf(s.charAt(i + 1)) < 0)) {
                out.append(afterVowel ? 'й' : 'ы');
                i++;
                continue;
            }
            if (c == 'e') {
                out.append(chinese ? 'э' : 'е');
                i++;
                continue;
            }
            String[] hit = null;
            for (String[] row : table) {
                if (s.startsWith(row[0], i)) {
                    hit = row;
                    break;
                }
            }
            if (hit == null) {
                return null;
            }
            out.append(hit[1]);
            i += hit[0].length();
        }
        // Capitalized as the surname lexicons list Cyrillic forms (Цой, Пак).
        return out.isEmpty() ? null : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
