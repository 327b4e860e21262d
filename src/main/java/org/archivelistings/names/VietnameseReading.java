package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;

/** Vietnamese names beside the Chinese and Korean readings: a surname of vietnamese-surnames.tsv and short syllables. */
final class VietnameseReading {
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
            String p = ChineseSyllables.plain(part);
            if (p.length() > 6 || !p.chars().allMatch(Character::isLetter) || p.contains("-")) {
                return null;
            }
            vietnamese |= !part.equals(NameTables.ascii(part)) || !chinese.isSyllable(p) && korean.split(p) == null;
            syllables.add(p);
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
