package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.MentionRow;
import tools.jackson.databind.ObjectReader;

/**
 * The people of each sighting, read from the final mentions in step with the sightings: both tables
 * list records in the same order, so one pass over each suffices and nothing is held in memory.
 */
final class PeopleByRecord implements AutoCloseable {
    private final BufferedReader in;
    private final ObjectReader reader = JsonLines.mapper().readerFor(MentionRow.class);
    private MentionRow next;

    PeopleByRecord(Path mentions) throws IOException {
        this.in = Files.newBufferedReader(mentions, StandardCharsets.UTF_8);
        advance();
    }

    /** Sorted distinct person ids mentioned by {@code recordKey}; call in record order. */
    List<String> of(String recordKey) {
        TreeSet<String> ids = new TreeSet<>();
        try {
            while (next != null && next.recordKey().equals(recordKey)) {
                if (next.personId() != null) {
                    ids.add(next.personId());
                }
                advance();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(ids);
    }

    private void advance() throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.isEmpty());
        next = line == null ? null : reader.readValue(line);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
