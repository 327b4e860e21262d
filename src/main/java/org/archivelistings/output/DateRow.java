package org.archivelistings.output;

import java.time.LocalDate;
import java.util.List;

/** One row of {@code dates}: a date found in a record's date line, title or summary. */
@Doc("One row per date found in a record: its date line, and every date named in its title and summary.")
public record DateRow(
        @Doc("The sighting the date belongs to (sightings.record_key).") String recordKey,
        @Doc("File the record came from (sightings.source_file).") String sourceFile,
        @Doc("Where the date was found: date_line, title or summary.") String field,
        @Doc("Start of the date's text in the cleaned field (0-based, UTF-16 code units).") int spanBegin,
        @Doc("End of the date's text in the cleaned field (exclusive).") int spanEnd,
        @Doc("The date as written.") String text,
        @Doc("Earliest day the expression allows; null when unknown.") LocalDate dateStart,
        @Doc("Latest day the expression allows; null when unknown or open.") LocalDate dateEnd,
        @Doc("day, month, season, year, decade, century, range, set or unknown.") String precision,
        @Doc("EDTF string (levels 0-2), e.g. 1956-08-30/1956-08-31, 195X, {1956-07-09,1956-07-12}.") String edtf,
        @Doc("True for ca., circa, approximately, ~.") boolean approximate,
        @Doc("True for ?, [?], possibly.") boolean uncertain,
        @Doc("True when a cataloguer supplied the date in brackets.") boolean inferred,
        @Doc("Where the year came from: explicit, two_digit_pivot, context (the record's date) or none.")
                String yearSource,
        @Doc("Warnings such as ambiguous day/month order.") List<String> warnings) {}
