package org.archivelistings.merge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines spread over bucket files by a hexadecimal key prefix, so that a table far larger than memory
 * can be grouped one bucket at a time (a grace hash partition). Written by hand because no library we
 * use partitions text files; an external sort would do more work (comparisons) for the same result.
 * Buckets by id prefix also come out in id order, which keeps the documents table sorted.
 */
final class HashBuckets implements AutoCloseable {
    private final Path dir;
    private final String name;
    private final int prefixLength;
    private final BufferedWriter[] writers;

    /** {@code prefixLength} hex digits of the key choose the bucket: 16^prefixLength buckets. */
    HashBuckets(Path dir, String name, int prefixLength) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.name = name;
        this.prefixLength = prefixLength;
        this.writers = new BufferedWriter[count()];
    }

    int count() {
        return 1 << (4 * prefixLength);
    }

    /** The bucket of a key that starts with hex digits (a document id after its letter, or a hash). */
    int bucketOfHex(String hex) {
        return prefixLength == 0 ? 0 : Integer.parseInt(hex.substring(0, prefixLength), 16);
    }

    /** The bucket of an arbitrary text key. */
    int bucketOfText(String key) {
        int h = key.hashCode();
        h ^= (h >>> 16);
        return h & (count() - 1);
    }

    void write(int bucket, String line) {
        try {
            BufferedWriter w = writers[bucket];
            if (w == null) {
                w = Files.newBufferedWriter(file(bucket), StandardCharsets.UTF_8);
                writers[bucket] = w;
            }
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes writing; buckets can then be read. */
    void flush() throws IOException {
        for (int i = 0; i < writers.length; i++) {
            if (writers[i] != null) {
                writers[i].close();
                writers[i] = null;
            }
        }
    }

    /** The lines of {@code bucket}, or an empty reader when it holds none. */
    BufferedReader read(int bucket) throws IOException {
        Path f = file(bucket);
        return Files.exists(f) ? Files.newBufferedReader(f, StandardCharsets.UTF_8)
                : new BufferedReader(new java.io.StringReader(""));
    }

    private Path file(int bucket) {
        return dir.resolve(name + "-" + bucket + ".jsonl");
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** Hex digits of prefix so that each bucket holds about {@code targetBytes} of {@code totalBytes}. */
    static int prefixLengthFor(long totalBytes, long targetBytes) {
        int k = 0;
        while (k < 3 && totalBytes / (1L << (4 * k)) > targetBytes) {
            k++;
        }
        return k;
    }
}
