package org.archivelistings.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how the read partitions are doing, together: on a terminal a progress bar over the input files
 * with records per second and the time left; without one (cron, CI, a pod) a log line every
 * {@link #LOG_EVERY}. One instance listens to every partition of a local run (a remote run's workers log
 * their partitions instead).
 */
final class ProgressReporter implements ChunkListener<PageItem, ProcessedItem>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final List<PageItemReader> readers = new CopyOnWriteArrayList<>();
    private final Map<Long, StepExecution> steps = new ConcurrentHashMap<>();
    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private long started;
    private long lastLog;
    /** Records of the partitions that have finished: their executions leave {@link #steps}. */
    private long finishedRecords;

    void add(PageItemReader reader) {
        readers.add(reader);
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        steps.put(stepExecution.getId(), stepExecution);
        if (started == 0) {
            started = System.nanoTime();
            lastLog = started;
            if (terminal) {
                bar = new ProgressBarBuilder()
                        .setTaskName("read")
                        .setInitialMax(readers.stream().mapToInt(PageItemReader::fileCount).sum())
                        .setUnit(" files", 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500)
                        .build();
            }
        }
    }

    @Override
    public synchronized void afterChunk(Chunk<ProcessedItem> chunk) {
        long now = System.nanoTime();
        long records = records();
        int done = readers.stream().mapToInt(PageItemReader::filesDone).sum();
        int total = readers.stream().mapToInt(PageItemReader::fileCount).sum();
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long rate = Math.round(records / seconds);
        if (bar != null) {
            bar.maxHint(total); // partitions add their readers as they start
            bar.stepTo(done);
            bar.setExtraMessage(String.format(" %,d records, %,d/s", records, rate));
        } else if (now - lastLog >= LOG_EVERY.toNanos()) {
            lastLog = now;
            String left = done == 0 ? "?" : Duration.ofSeconds(Math.round(seconds * (total - done) / done)).toString()
                    .substring(2).toLowerCase(java.util.Locale.ROOT);
            log.info("read: {} records ({}/s), {}/{} files, about {} left", records, rate, done, total, left);
        }
    }

    /** Records read so far by every partition, running or finished. */
    synchronized long records() {
        return finishedRecords + steps.values().stream().mapToLong(StepExecution::getReadCount).sum();
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        if (steps.remove(stepExecution.getId()) != null) {
            finishedRecords += stepExecution.getReadCount();
        }
        if (steps.isEmpty() && bar != null) {
            bar.stepTo(readers.stream().mapToInt(PageItemReader::filesDone).sum());
            bar.close();
            bar = null;
        }
        return null;
    }
}
