package org.archivelistings.merge;

import org.archivelistings.output.Doc;

/**
 * The folded keys of one sighting that near-duplicate links compare (staged beside the sightings, never
 * published): folding is Java's ({@link DocumentKey#normalizeTitle}), so the engine only compares.
 */
@Doc("Internal: the folded title and summary of a sighting, for near-duplicate links.")
public record SightingKeys(
        @Doc("The sighting (sightings.record_key).") String recordKey,
        @Doc("File the sighting came from (sightings.source_file).") String sourceFile,
        @Doc("The folded title.") String titleKey,
        @Doc("The folded summary; null without one.") String summaryKey) {

    public static SightingKeys of(String recordKey, String sourceFile, String title, String summary) {
        return new SightingKeys(recordKey, sourceFile, DocumentKey.normalizeTitle(title),
                summary == null ? null : DocumentKey.normalizeTitle(summary));
    }

    /** The id of this sighting's document, given the record's date (see {@link DocumentKey#forRecord}). */
    public String documentId(String date) {
        return DocumentKey.idOfFolded(date, titleKey, summaryKey, recordKey);
    }
}
