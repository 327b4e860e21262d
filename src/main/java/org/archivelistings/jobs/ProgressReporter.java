package org.archivelistings.jobs;

import java.time.Duration;
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
 * Shows how the read step is doing: on a terminal a progress bar over the input files with records per
 * second and the time left; without one (cron, CI, a pod) a log line every {@link #LOG_EVERY}.
 */
final class ProgressReporter implements ChunkListener<PageItem, ProcessedItem>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final PageItemReader reader;
    private final boolean terminal = System.console() != null;
    private StepExecution step;
    private ProgressBar bar;
    private long started;
    private long lastLog;

    ProgressReporter(PageItemReader reader) {
        this.reader = reader;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        started = System.nanoTime();
        lastLog = started;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("read")
                    .setInitialMax(reader.fileCount())
                    .setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .build();
        }
    }

    @Override
    public void afterChunk(Chunk<ProcessedItem> chunk) {
        long now = System.nanoTime();
        long records = step.getReadCount();
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long rate = Math.round(records / seconds);
        if (bar != null) {
            bar.stepTo(reader.filesDone());
            bar.setExtraMessage(String.format(" %,d records, %,d/s", records, rate));
        } else if (now - lastLog >= LOG_EVERY.toNanos()) {
            lastLog = now;
            int done = reader.filesDone();
            int total = reader.fileCount();
            String left = done == 0 ? "?" : Duration.ofSeconds(Math.round(seconds * (total - done) / done)).toString()
                    .substring(2).toLowerCase(java.util.Locale.ROOT);
            log.info("read: {} records ({}/s), {}/{} files, about {} left", records, rate, done, total, left);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (bar != null) {
            bar.stepTo(reader.filesDone());
            bar.close();
        }
        return null;
    }
}
