package org.archivelistings.output;

import java.time.LocalDate;

/** One row of {@code mentions}: a person named in a record's title or summary. */
@Doc("One row per person mention found in a record's title or summary, resolved to a person.")
public record MentionRow(
        @Doc("The sighting the mention belongs to (sightings.record_key).") String recordKey,
        @Doc("File the record came from (sightings.source_file).") String sourceFile,
        @Doc("Where the mention was found: title or summary.") String field,
        @Doc("Start of the mention in the cleaned field (0-based, UTF-16 code units).") int spanBegin,
        @Doc("End of the mention in the cleaned field (exclusive).") int spanEnd,
        @Doc("The name as written, between span_begin and span_end: titles and possessive left out (\"Mikoyan\" of \"Cde. Mikoyan's\").") String surface,
        @Doc("The name with titles, honorifics and possessives stripped (\"Mikoyan\").") String stripped,
        @Doc("The person (people.person_id): an authority id, or x_... for a person clustered from the text.")
                String personId,
        @Doc("The person's canonical display name.") String canonical,
        @Doc("Romanization system guessed for the surface form (e.g. MR, RR, pinyin, WG, cyrillic, ad-hoc).")
                String system,
        @Doc("How the link was made: authority, key, bracket or fuzzy.") String method,
        @Doc("Confidence of the link, 0 to 1.") double confidence,
        @Doc("The record's date (start), to place the mention in time.") LocalDate recordDate) {}
