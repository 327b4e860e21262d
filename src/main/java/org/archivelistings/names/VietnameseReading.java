package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Vietnamese names beside the Chinese and Korean readings: a surname of vietnamese-surnames.tsv and short syllables. */
final class VietnameseReading {
    /**
     * A Vietnamese syllable in ASCII (marks dropped): an initial of the quốc ngữ alphabet (b c ch d đ g gh gi
     * h k kh l m n ng ngh nh p ph qu r s t th tr v x, or none), a nucleus of one to three vowels, and a final
     * of the language's (c ch m n ng nh p t). No f, j, w or z, no other cluster: "Fleet", "Gogh" are none.
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");
    private final NameTables tables;
    private final ChineseSyllables chinese;
    private final KoreanSyllables korean;

    VietnameseReading(NameTables tables, ChineseSyllables chinese, KoreanSyllables korean) {
        this.tables = tables;
        this.chinese = chinese;
        this.korean = korean;
    }

    /**
     * A Vietnamese name: a Vietnamese surname and one to three syllables, each a short word. Read only when
     * a syllable carries Vietnamese diacritics or does not read as Chinese or Korean ("Ho Chi Minh").
     */
    EastAsianReading.Reading read(String surname, List<String> given, boolean eastAsianSurname) {
        String s = ChineseSyllables.plain(surname);
        if (!tables.vietnameseSurnames.contains(s) || hasBreve(surname) || given.stream().anyMatch(VietnameseReading::hasBreve)) {
            return null; // ŏ and ŭ are McCune-Reischauer's letters; Vietnamese has ơ, ư and ă, never them
        }
        List<String> syllables = new ArrayList<>();
        boolean vietnamese = !surname.equals(NameTables.ascii(surname)) || !eastAsianSurname;
        for (String part : given) {
            // The press sometimes hyphenates the given syllables ("Ho Chi-minh"), as it does Chinese ones.
            vietnamese |= !NameTables.isAscii(part);
            for (String p : ChineseSyllables.plain(part).split("-")) {
                if (p.length() > 6 || !SYLLABLE.matcher(p).matches()) {
                    return null;
                }
                vietnamese |= !chinese.isSyllable(p) && korean.split(p) == null;
                syllables.add(p);
            }
        }
        return vietnamese && syllables.size() <= 3 ? new EastAsianReading.Reading("vi", s, syllables, "Vietnamese") : null;
    }

    private static boolean hasBreve(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'ŏ' || c == 'ŭ' || c == 'Ŏ' || c == 'Ŭ') {
                return true;
            }
        }
        return false;
    }
}
