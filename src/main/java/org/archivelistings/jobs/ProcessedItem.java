package org.archivelistings.jobs;

import java.util.List;
import java.util.function.BiConsumer;
import org.archivelistings.merge.SightingKeys;
import org.archivelistings.output.DateRow;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.RejectRow;
import org.archivelistings.output.SightingRow;

/** What one input item becomes: final rows of one or more staged tables. */
sealed interface ProcessedItem {
    /** Hands every row to {@code sink} with the staged table it belongs to. */
    void forEachRow(BiConsumer<StagedTable, Record> sink);

    record Sighting(SightingRow sighting, SightingKeys keys, List<DateRow> dates, List<MentionRow> mentions)
            implements ProcessedItem {
        @Override
        public void forEachRow(BiConsumer<StagedTable, Record> sink) {
            sink.accept(StagedTable.SIGHTINGS, sighting);
            sink.accept(StagedTable.SIGHTING_KEYS, keys);
            dates.forEach(d -> sink.accept(StagedTable.DATES, d));
            mentions.forEach(m -> sink.accept(StagedTable.MENTIONS, m));
        }
    }

    record Rejected(RejectRow reject) implements ProcessedItem {
        @Override
        public void forEachRow(BiConsumer<StagedTable, Record> sink) {
            sink.accept(StagedTable.REJECTS, reject);
        }
    }
}
