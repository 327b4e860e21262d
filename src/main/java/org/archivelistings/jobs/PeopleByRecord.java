package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The people of each record, as the people step resolved them, for the documents step to read in step
 * with the sightings: both list records in the same order, so one pass over each suffices and nothing
 * is held in memory. Kept in a small side file ({@value #FILE}: the person ids, a tab, the record key
 * with its backslashes and line breaks escaped) so the documents step need not parse the mentions
 * table again.
 */
final class PeopleByRecord implements AutoCloseable {
    static final String FILE = "people-by-record.tsv";

    private final BufferedReader in;
    private String nextKey;
    private List<String> nextIds;

    PeopleByRecord(Path workDir) throws IOException {
        this.in = Files.newBufferedReader(workDir.resolve(FILE), StandardCharsets.UTF_8);
        advance();
    }

    /** Sorted distinct person ids mentioned by {@code recordKey}; call in record order. */
    List<String> of(String recordKey) {
        if (nextKey == null || !nextKey.equals(recordKey)) {
            return List.of();
        }
        List<String> ids = nextIds;
        try {
            advance();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ids;
    }

    private void advance() throws IOException {
        String line = in.readLine();
        if (line == null) {
            nextKey = null;
            return;
        }
        int tab = line.indexOf('\t');
        nextIds = List.of(line.substring(0, tab).split(" "));
        nextKey = unescape(line.substring(tab + 1));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Escapes only what would break the line (a key is a file name and a number, rarely with either);
     * keys without them, nearly all, pass through untouched. Commons Text's JSON escaping would also do,
     * but rewrites every '/' of every path and decodes every line.
     */
    static String escape(String key) {
        if (key.indexOf('\\') < 0 && key.indexOf('\n') < 0 && key.indexOf('\r') < 0) {
            return key;
        }
        return key.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String escaped) {
        if (escaped.indexOf('\\') < 0) {
            return escaped;
        }
        StringBuilder sb = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char n = escaped.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static Writer writer(Path workDir) throws IOException {
        return new Writer(Files.newBufferedWriter(workDir.resolve(FILE), StandardCharsets.UTF_8));
    }

    /** Collects the mentions of each record as they arrive (record by record) and writes one line a record. */
    static final class Writer implements AutoCloseable {
        private final BufferedWriter out;
        private String key;
        private final TreeSet<String> ids = new TreeSet<>();

        private Writer(BufferedWriter out) {
            this.out = out;
        }

        void add(String recordKey, String personId) throws IOException {
            if (!recordKey.equals(key)) {
                flush();
                key = recordKey;
            }
            if (personId != null) {
                ids.add(personId);
            }
        }

        private void flush() throws IOException {
            if (key != null && !ids.isEmpty()) {
                out.write(String.join(" ", ids));
                out.write('\t');
                out.write(escape(key));
                out.write('\n');
            }
            ids.clear();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }
}
