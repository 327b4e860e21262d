package org.archivelistings.names;

import java.util.List;

/**
 * A name as written, taken apart.
 *
 * @param asWritten the input
 * @param stripped without titles, honorifics, glosses and possessive
 * @param order family-first, given-first, inverted (with a comma) or initials (initials + surname)
 * @param eastAsian whether the name is read as Korean or Chinese (surname lexicon and syllables agree)
 * @param surnameKey the folded surname
 * @param givenKey Korean and Chinese: the given name's syllables, each folded to its sound class, joined
 *     by "-"; other names: the first given name folded; "" when none
 * @param initials initials written before (or after) the surname, lower case, in order
 * @param system the romanization system guessed from the spelling
 * @param language ko, zh, native (Hangul, Han) or west
 */
public record ParsedName(String asWritten, String stripped, String order, boolean eastAsian, String surnameKey,
        String givenKey, List<String> initials, String system, String language) {

    /**
     * The key a person id is made of: the same person spelled another way gets the same key. Surname
     * first for Korean and Chinese names, the first initial first for the others, as each is displayed.
     */
    public String key() {
        if (eastAsian) {
            return givenKey.isEmpty() ? surnameKey : surnameKey + "_" + givenKey;
        }
        // A European name is its first initial and surname: patronymics, middle names and the spellings of
        // a given name vary across transcriptions ("Nikita Sergejewitsch", "N. S.", "Alexej", "A.").
        String initial = !givenKey.isEmpty() ? givenKey.substring(0, 1) : initials.isEmpty() ? "" : initials.get(0);
        return initial.isEmpty() ? surnameKey : initial + "_" + surnameKey;
    }
}
