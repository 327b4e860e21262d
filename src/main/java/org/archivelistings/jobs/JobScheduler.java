package org.archivelistings.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The long-lived {@code schedule} command: starts every job of {@code jobs/} that has a {@code schedule}
 * (a cron expression) on time, with Spring's cron support. A job never runs twice at once (a run still
 * going when its next time comes is skipped, and the output folder's lock guards against other
 * processes), and a failed run is logged and the schedule goes on.
 */
public final class JobScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final JobRunner runner;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final Map<String, List<RunOutcome>> outcomes = new ConcurrentHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    public JobScheduler(JobRunner runner) {
        this.runner = runner;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("schedule-");
        // On SIGTERM a running job stops at its next chunk boundary (GracefulStop); wait for that.
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(180);
        scheduler.setErrorHandler(t -> log.error("scheduled run failed: {}", JobRunner.rootMessage(t)));
        scheduler.initialize();
    }

    /** A cron expression as Spring reads it (6 fields); a 5-field crontab expression gets second 0. */
    public static CronExpression cron(String expression) {
        String e = expression.trim();
        return CronExpression.parse(e.split("\\s+").length == 5 ? "0 " + e : e);
    }

    /** Schedules every job file in {@code jobsDir} that has a schedule; returns their names. */
    public List<String> scheduleAll(Path jobsDir) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(jobsDir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".properties")) {
                    continue;
                }
                JobDefinition def = JobDefinition.load(jobsDir, file.substring(0, file.length() - ".properties".length()));
                if (!def.schedule().isBlank()) {
                    schedule(def);
                    names.add(def.name());
                }
            }
        }
        return names;
    }

    /** Runs {@code def} on its schedule. */
    public void schedule(JobDefinition def) {
        CronExpression expression = cron(def.schedule());
        AtomicBoolean busy = running.computeIfAbsent(def.name(), n -> new AtomicBoolean());
        scheduler.schedule(() -> runOnce(def, busy), new CronTrigger(expression.toString(), ZoneId.systemDefault()));
        log.info("job '{}' scheduled: {} (next at {})", def.name(), def.schedule(),
                expression.next(java.time.ZonedDateTime.now()));
    }

    private void runOnce(JobDefinition def, AtomicBoolean busy) {
        if (!busy.compareAndSet(false, true)) {
            log.warn("job '{}' is still running from its previous time: this time is skipped", def.name());
            return;
        }
        try {
            log.info("job '{}' starting on schedule", def.name());
            RunOutcome outcome = runner.runOrResume(def);
            outcomes.computeIfAbsent(def.name(), n -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(outcome);
            if (outcome.succeeded()) {
                log.info("{}", outcome.message());
            } else {
                log.error("{}", outcome.message());
            }
        } catch (RuntimeException e) {
            log.error("job '{}' failed on schedule: {}", def.name(), JobRunner.rootMessage(e));
        } finally {
            busy.set(false);
        }
    }

    /** Outcomes of the scheduled runs so far, per job (for tests and the log). */
    public List<RunOutcome> outcomes(String job) {
        return List.copyOf(outcomes.getOrDefault(job, List.of()));
    }

    /** Blocks until {@link #close()} (or the JVM stops). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        scheduler.shutdown();
        stopped.countDown();
    }
}
