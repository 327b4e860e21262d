package org.archivelistings.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on both cores with the output in input order: tasks (a bucket, a batch of lines) run on worker
 * threads a few ahead, and their results come back on the calling thread in the order the tasks were
 * given, so what is written does not depend on timing. At most {@code workers + 1} results wait at a
 * time, so memory stays flat. Written by hand: the JDK's executors give completion order or no bound.
 */
public final class InOrder<R> implements AutoCloseable {
    /** A task that may fail with an I/O error. */
    @FunctionalInterface
    public interface Task<R> {
        R run() throws IOException;
    }

    /** What is done with each result, in order. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final ExecutorService pool;
    private final Deque<Future<R>> ahead = new ArrayDeque<>();
    private final Sink<R> sink;

    public InOrder(String name, Sink<R> sink) {
        this.sink = sink;
        this.pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a task; when enough are ahead, first hands the oldest result to the sink. */
    public void submit(Task<R> task) throws IOException {
        while (ahead.size() > WORKERS) {
            sink.accept(await(ahead.poll()));
        }
        ahead.add(pool.submit(task::run));
    }

    /** Work on a batch of lines. */
    @FunctionalInterface
    public interface LinesTask<R> {
        R run(List<String> lines) throws IOException;
    }

    /** Submits the non-empty lines of {@code in}, {@code batchSize} at a time, to {@code task}. */
    public void submitLines(BufferedReader in, int batchSize, LinesTask<R> task) throws IOException {
        List<String> lines = new ArrayList<>(batchSize);
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
            if (lines.size() == batchSize) {
                List<String> batch = lines;
                submit(() -> task.run(batch));
                lines = new ArrayList<>(batchSize);
            }
        }
        List<String> last = lines;
        submit(() -> task.run(last));
    }

    /** Hands every remaining result to the sink. */
    public void finish() throws IOException {
        while (!ahead.isEmpty()) {
            sink.accept(await(ahead.poll()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static <R> R await(Future<R> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a worker");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }
}
