package org.archivelistings.output;

import java.time.LocalDate;
import java.util.List;

/** One row of {@code people}: a person, with every spelling seen. */
@Doc("One row per person mentioned in the run's records, with every variant seen.")
public record PersonRow(
        @Doc("Stable id: the authority file's id, or x_ and the romanization key for a person not in it.")
                String personId,
        @Doc("Canonical display name.") String canonical,
        @Doc("True when the person is in the authority file.") boolean inAuthority,
        @Doc("Every form seen in the text (stripped) with how often.") List<Variant> variants,
        @Doc("Earliest record date among the records mentioning the person.") LocalDate firstDate,
        @Doc("Latest record date among the records mentioning the person.") LocalDate lastDate,
        @Doc("Number of mentions.") long mentionCount,
        @Doc("Number of distinct records (sightings) mentioning the person.") long recordCount) {

    /** A spelling of the person's name and how often it was seen. */
    public record Variant(String variant, long count) {}
}
