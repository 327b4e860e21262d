package org.archivelistings.output;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a run read, what it wrote, and the accounting that proves nothing was lost
 * ({@code records_read = sightings + rejected}). {@code rules_version} is the fingerprint of the rules and
 * code that made the rows: the next incremental run carries rows over only when its own is the same.
 */
public record Manifest(
        String job,
        long runId,
        long executionId,
        Map<String, String> parameters,
        String rulesVersion,
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
            long people) {}

    public record OutputFile(String file, long rows, long bytes, String sha256) {}
}
