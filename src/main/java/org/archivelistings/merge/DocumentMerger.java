package org.archivelistings.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.archivelistings.output.DocumentRow;
import org.archivelistings.output.SightingRow;

/**
 * Merges the sightings of one document into its row. The choices are deterministic (they depend on the
 * sightings, never on their order), so the same input gives the same row on every run.
 */
public final class DocumentMerger {
    private DocumentMerger() {}

    /** The document the {@code sightings} (all with the same document id) describe; related left empty. */
    public static DocumentRow merge(List<SightingRow> sightings) {
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one sighting");
        }
        List<SightingRow> ordered = new ArrayList<>(sightings);
        ordered.sort(Comparator.comparing(SightingRow::recordKey));
        SightingRow best = bestBy(ordered, SightingRow::title);
        String summary = bestText(ordered);
        Set<String> summaries = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        Set<String> pageTitles = new TreeSet<>();
        List<DocumentRow.Source> sources = new ArrayList<>();
        boolean allTruncated = true;
        for (SightingRow s : ordered) {
            if (s.summary() != null) {
                summaries.add(s.summary());
            }
            people.addAll(s.people());
            if (s.pageTitle() != null) {
                pageTitles.add(s.pageTitle());
            }
            sources.add(new DocumentRow.Source(s.recordKey(), s.sourceFile(), s.page(), s.ordinal(), s.line(), s.truncated()));
            allTruncated &= s.truncated();
        }
        return new DocumentRow(
                best.documentId(),
                best.dateText(),
                best.dateStart(),
                best.dateEnd(),
                best.datePrecision(),
                best.dateEdtf(),
                best.title(),
                summary,
                allTruncated,
                summaries.size(),
                best.titleDates(),
                best.dateConflict(),
                List.copyOf(people),
                List.copyOf(pageTitles),
                ordered.size(),
                sources,
                List.of());
    }

    /** The sighting whose {@code field} is best: complete beats truncated, then most seen, then longest. */
    private static SightingRow bestBy(List<SightingRow> sightings, java.util.function.Function<SightingRow, String> field) {
        Map<String, Integer> seen = new HashMap<>();
        for (SightingRow s : sightings) {
            seen.merge(Objects.toString(field.apply(s), ""), 1, Integer::sum);
        }
        Comparator<SightingRow> better = Comparator.<SightingRow, Boolean>comparing(s -> !s.truncated())
                .thenComparing(s -> seen.get(Objects.toString(field.apply(s), "")))
                .thenComparing(s -> Objects.toString(field.apply(s), "").length())
                .thenComparing(s -> Objects.toString(field.apply(s), ""), Comparator.reverseOrder());
        return sightings.stream().max(better).orElseThrow();
    }

    private static String bestText(List<SightingRow> sightings) {
        List<SightingRow> withSummary = sightings.stream().filter(s -> s.summary() != null).toList();
        return withSummary.isEmpty() ? null : bestBy(withSummary, SightingRow::summary).summary();
    }
}
