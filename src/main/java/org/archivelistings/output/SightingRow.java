package org.archivelistings.output;

import java.time.LocalDate;
import java.util.List;

/** One row of {@code sightings}: a record as read from one page. */
@Doc("One row per record as read from a page (a document seen twice gives two sightings).")
public record SightingRow(
        @Doc("Key of this sighting: source_file, then #page when the file holds several pages, then :ordinal.")
                String recordKey,
        @Doc("File the page came from, relative to the input folder.") String sourceFile,
        @Doc("Page id inside a multi-page file (the `id` of a .jsonl line, else its line number); null for a one-page file.")
                String page,
        @Doc("1-based position of the record on its page.") int ordinal,
        @Doc("1-based line of the record's first line in its page.") int line,
        @Doc("Page layout recognised from its shape: bulleted, dash, paragraph, unknown.") String pageLayout,
        @Doc("First record number of the page's counter (\"21\" of \"21 - 30 of 42\").") Integer pageCounterFirst,
        @Doc("Last record number of the page's counter.") Integer pageCounterLast,
        @Doc("Total of the page's counter.") Integer pageCounterTotal,
        @Doc("The page's own title (topic, person or collection pages).") String pageTitle,
        @Doc("The page's own description (topic, person or collection pages), paragraphs joined; null when none.")
                String pageDescription,
        @Doc("The record's date line as printed; empty for an undated record.") String dateText,
        @Doc("Earliest day the date line allows.") LocalDate dateStart,
        @Doc("Latest day the date line allows.") LocalDate dateEnd,
        @Doc("day, month, season, year, decade, century, range, set; unknown when the line cannot be read; none when undated.")
                String datePrecision,
        @Doc("The date line as an EDTF string (Library of Congress, levels 0-2); XXXX when unknown.") String dateEdtf,
        @Doc("Title, cleaned: Unicode NFC, whitespace collapsed and trimmed.") String title,
        @Doc("Title as printed.") String titleRaw,
        @Doc("Summary, cleaned; null when the record has none.") String summary,
        @Doc("Summary as printed; null when the record has none.") String summaryRaw,
        @Doc("True when the end of the saved text cuts this record.") boolean truncated,
        @Doc("EDTF strings of the dates named in the title.") List<String> titleDates,
        @Doc("True when the record's date lies outside every date its title names.") boolean dateConflict,
        @Doc("Ids of the people mentioned in the title and summary (see people).") List<String> people,
        @Doc("Id of the document this sighting belongs to (see documents); the same input gives the same id.")
                String documentId) {}
