package org.archivelistings.output;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file format the tables are written in, as a job names it ({@code formats=parquet,jsonl}). The key is
 * also the file extension: {@code sightings.parquet}, {@code sightings.jsonl}.
 */
public enum OutputFormat {
    PARQUET("parquet"),
    JSONL("jsonl");

    private final String key;

    OutputFormat(String key) {
        this.key = key;
    }

    /** The name in job files and on the command line, and the file extension. */
    public String key() {
        return key;
    }

    /** {@code table}'s file in this format, e.g. {@code documents.parquet}. */
    public String fileName(Table table) {
        return table.fileBase() + "." + key;
    }

    /**
     * The formats of a comma list such as {@code parquet,jsonl} (case and spaces do not matter, order and
     * repeats neither).
     *
     * @throws IllegalArgumentException naming the bad entry and the formats there are, or when the list is empty
     */
    public static Set<OutputFormat> parseList(String list) {
        EnumSet<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String entry : list.split(",", -1)) {
            String key = entry.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty() && list.isBlank()) {
                break;
            }
            formats.add(Arrays.stream(values())
                    .filter(f -> f.key.equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "formats: '" + entry.trim() + "' is not a format (there are: " + allKeys() + ")")));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats must name at least one of " + allKeys());
        }
        return Collections.unmodifiableSet(formats);
    }

    /** The comma list of {@code formats} in a fixed order, as {@link #parseList} reads it. */
    public static String toList(Set<OutputFormat> formats) {
        return formats.stream().sorted().map(OutputFormat::key).collect(Collectors.joining(","));
    }

    private static String allKeys() {
        return Arrays.stream(values()).map(OutputFormat::key).collect(Collectors.joining(", "));
    }
}
