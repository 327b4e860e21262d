package org.archivelistings.output;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a run read, what it wrote, and the accounting that proves nothing was lost
 * ({@code records_read = sightings + rejected}, and for the lines of the pages read now
 * {@code lines_read = lines_in_records + lines_page_facts + lines_chrome + lines_rejected}).
 *
 * @param rulesVersion the fingerprint of the rules and code that made the rows: an incremental run under
 *     other rules reads every file again
 */
public record Manifest(
        String job,
        String rulesVersion,
        long runId,
        long executionId,
        Map<String, String> parameters,
        OffsetDateTime started,
        OffsetDateTime finished,
        Counts counts,
        List<OutputFile> outputs) {

    public record Counts(
            long inputFiles,
            long filesRead,
            long filesCarried,
            long filesRemoved,
            long pages,
            long recordsRead,
            long recordsReadNow,
            long recordsCarried,
            long sightings,
            long rejected,
            Map<String, Long> rejectsByReason,
            long documents,
            long sightingsMerged,
            long relatedLinks,
            long undated,
            long unreadableDates,
            long datesFound,
            long mentions,
            long people,
            long linesRead,
            long linesInRecords,
            long linesPageFacts,
            long linesChrome,
            long linesRejected,
            long linesUnaccounted) {}

    public record OutputFile(String file, long rows, long bytes, String sha256) {}
}
