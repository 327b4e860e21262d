package org.archivelistings.output;

import java.time.LocalDate;
import java.util.List;

/** One row of {@code documents}: a document, merged from every page it was seen on. */
@Doc("One row per document: the sightings with the same normalized date and title merged, with where each came from.")
public record DocumentRow(
        @Doc("Stable id: a hash of the normalized date and title, so the same input gives the same id on every run.")
                String documentId,
        @Doc("The date line as printed (from the best sighting).") String dateText,
        @Doc("Earliest day the date allows.") LocalDate dateStart,
        @Doc("Latest day the date allows.") LocalDate dateEnd,
        @Doc("Precision of the date (see sightings.date_precision).") String datePrecision,
        @Doc("The date as an EDTF string.") String dateEdtf,
        @Doc("The best title: a complete one beats a truncated one, then the most often seen, then the longest.")
                String title,
        @Doc("The best summary, chosen the same way; null when no sighting has one.") String summary,
        @Doc("True when every sighting of the document was cut by the end of its page.") boolean truncated,
        @Doc("How many distinct (cleaned) summaries the sightings carry.") int summaryVariants,
        @Doc("EDTF strings of the dates named in the title.") List<String> titleDates,
        @Doc("True when the document's date lies outside every date its title names.") boolean dateConflict,
        @Doc("Ids of the people mentioned in any sighting's title or summary.") List<String> people,
        @Doc("Titles of the topic, person or collection pages the document was listed on.") List<String> pageTitles,
        @Doc("How many sightings were merged into this document.") int sightingCount,
        @Doc("Every sighting of the document: where it was read.") List<Source> sources,
        @Doc("Near-duplicates to review: same date and summary but another title, or the same title a few days apart.")
                List<Related> related) {

    /** Where one sighting of a document was read. */
    public record Source(String recordKey, String sourceFile, String page, int ordinal, int line, boolean truncated) {}

    /** A document that looks like this one but is not the same. */
    public record Related(String documentId, String reason) {}
}
