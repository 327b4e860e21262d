package org.archivelistings.names;

import java.util.List;

/**
 * A name as written, taken apart.
 *
 * @param asWritten the input
 * @param stripped without titles, honorifics, glosses and possessive
 * @param order family-first, given-first, inverted (with a comma) or initials (initials + surname)
 * @param eastAsian whether the name is Korean or Chinese (by its surname)
 * @param surnameKey the folded surname
 * @param givenKey the folded given name (all given parts joined), "" when none
 * @param initials initials written before (or after) the surname, lower case, in order
 * @param system the romanization system guessed from the spelling
 */
public record ParsedName(String asWritten, String stripped, String order, boolean eastAsian, String surnameKey,
        String givenKey, List<String> initials, String system) {

    /** The key names are clustered on: the same person spelled another way gets the same key. */
    public String key() {
        return givenKey.isEmpty() ? surnameKey : surnameKey + "_" + givenKey;
    }
}
