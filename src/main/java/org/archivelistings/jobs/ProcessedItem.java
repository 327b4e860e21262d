package org.archivelistings.jobs;

import java.util.List;
import java.util.function.BiConsumer;
import org.archivelistings.output.DateRow;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.RejectRow;
import org.archivelistings.output.SightingRow;
import org.archivelistings.output.Table;

/** What one input item becomes: rows of one or more tables. */
sealed interface ProcessedItem {
    /** Hands every row to {@code sink} with the table it belongs to. */
    void forEachRow(BiConsumer<Table, Object> sink);

    record Sighting(SightingRow sighting, List<DateRow> dates, List<MentionRow> mentions) implements ProcessedItem {
        @Override
        public void forEachRow(BiConsumer<Table, Object> sink) {
            sink.accept(Table.SIGHTINGS, sighting);
            dates.forEach(d -> sink.accept(Table.DATES, d));
            mentions.forEach(m -> sink.accept(Table.MENTIONS, m));
        }
    }

    record Rejected(RejectRow reject) implements ProcessedItem {
        @Override
        public void forEachRow(BiConsumer<Table, Object> sink) {
            sink.accept(Table.REJECTS, reject);
        }
    }
}
