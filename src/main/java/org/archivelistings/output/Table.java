package org.archivelistings.output;

import java.util.Arrays;
import java.util.Optional;

/** The tables a run writes, each as {@code NAME.jsonl} and {@code NAME.parquet} with the same columns. */
public enum Table {
    SIGHTINGS("sightings", SightingRow.class),
    DOCUMENTS("documents", DocumentRow.class),
    DATES("dates", DateRow.class),
    MENTIONS("mentions", MentionRow.class),
    PEOPLE("people", PersonRow.class),
    REJECTS("rejects", RejectRow.class),
    INPUTS("inputs", InputRow.class);

    private final String fileBase;
    private final Class<? extends Record> rowType;

    Table(String fileBase, Class<? extends Record> rowType) {
        this.fileBase = fileBase;
        this.rowType = rowType;
    }

    public String fileBase() {
        return fileBase;
    }

    public Class<? extends Record> rowType() {
        return rowType;
    }

    public String jsonl() {
        return fileBase + ".jsonl";
    }

    public String parquet() {
        return fileBase + ".parquet";
    }

    public static Optional<Table> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileBase.equals(name)).findFirst();
    }
}
