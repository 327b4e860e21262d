package org.archivelistings.output;

import com.jerolba.carpet.CarpetWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes a table's JSON Lines file and its Parquet twin in one pass, for the steps that hold each row as
 * an object anyway (and start from scratch on a restart): converting afterwards would parse every line
 * back. The caller's thread turns each row into its JSON line; a thread of its own writes the lines and
 * encodes the Parquet file, fed in batches through a short queue, so the two halves of the work use both
 * cores. The order of rows is kept. Both files are complete only once this is closed.
 */
public final class TwinTableWriter<T extends Record> implements AutoCloseable {
    private static final int BATCH = 1_024;
    /** Batches in flight: enough to smooth the two sides' pace, few enough to keep memory flat. */
    private static final int QUEUE = 8;

    private final BufferedWriter jsonl;
    private final CarpetWriter<T> parquet;
    private final BlockingQueue<List<Encoded<T>>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread encoder;
    private volatile Throwable failure;
    private List<Encoded<T>> batch = new ArrayList<>(BATCH);
    private long rows;
    private boolean closed;

    /** Writes {@code table}'s two files in {@code dir}, replacing any there. */
    public TwinTableWriter(Path dir, Table table, Class<T> rowType) throws IOException {
        if (table.rowType() != rowType) {
            throw new IllegalArgumentException(table + " holds " + table.rowType().getSimpleName());
        }
        Files.deleteIfExists(dir.resolve(table.parquet()));
        this.jsonl = Files.newBufferedWriter(dir.resolve(table.jsonl()), StandardCharsets.UTF_8);
        this.parquet = ParquetConverter.writer(dir.resolve(table.parquet()), rowType);
        this.encoder = new Thread(this::encode, "encode-" + table.fileBase());
        encoder.setDaemon(true);
        encoder.start();
    }

    /** A row with its JSON line, made ahead (on a worker thread, say) by {@link #encode}. */
    public record Encoded<T>(T row, String json) {}

    public static <T extends Record> Encoded<T> encode(T row) {
        return new Encoded<>(row, JsonLines.line(row));
    }

    public void write(T row) throws IOException {
        write(encode(row));
    }

    public void write(Encoded<T> encoded) throws IOException {
        batch.add(encoded);
        rows++;
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    public long rows() {
        return rows;
    }

    private void handOver() throws IOException {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + rows + " rows");
        }
        rethrow();
        batch = new ArrayList<>(BATCH);
    }

    private void encode() {
        try {
            while (true) {
                List<Encoded<T>> next = queue.take();
                if (next.isEmpty()) {
                    return; // the end
                }
                for (Encoded<T> e : next) {
                    jsonl.write(e.json());
                    jsonl.write('\n');
                    parquet.write(e.row());
                }
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear(); // unblock the producer; it sees the failure next
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new IOException(t);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!batch.isEmpty()) {
                handOver();
            }
            batch = new ArrayList<>();
            handOver(); // the empty batch: the end
            encoder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            encoder.interrupt();
            throw new InterruptedIOException("interrupted while closing");
        } finally {
            try (jsonl) {
                parquet.close();
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    throw e;
                } // else the encoder's failure, thrown below, says what went wrong first
            }
        }
        rethrow();
    }
}
