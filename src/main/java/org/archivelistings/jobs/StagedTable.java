package org.archivelistings.jobs;

import org.archivelistings.merge.SightingKeys;
import org.archivelistings.output.DateRow;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.RejectRow;
import org.archivelistings.output.SightingRow;
import org.archivelistings.output.Table;

/** What the read step stages as Parquet parts: the final rows of four tables, and the keys documents link by. */
enum StagedTable {
    SIGHTINGS(SightingRow.class, Table.SIGHTINGS),
    DATES(DateRow.class, Table.DATES),
    MENTIONS(MentionRow.class, Table.MENTIONS),
    REJECTS(RejectRow.class, Table.REJECTS),
    SIGHTING_KEYS(SightingKeys.class, null);

    private final Class<? extends Record> rowType;
    private final Table published;

    StagedTable(Class<? extends Record> rowType, Table published) {
        this.rowType = rowType;
        this.published = published;
    }

    Class<? extends Record> rowType() {
        return rowType;
    }

    /** The table these rows are published as; null for internal rows. */
    Table published() {
        return published;
    }

    String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
