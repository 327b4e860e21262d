package org.archivelistings.jobs;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs, restarts and reports jobs against the job repository. The one entry point the command line,
 * the scheduler and the tests share; everything Spring stays behind it.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final String P_INPUT = "input";
    static final String P_OUTPUT = "output";
    static final String P_CHUNK = "chunk.size";
    static final String P_ENCODING = "encoding";
    static final String P_RUN = "run.id";

    private final HikariDataSource dataSource;
    private final AnnotationConfigApplicationContext context;
    private final JobRepository repository;
    private final JobOperator operator;
    private final PlatformTransactionManager tx;
    private final DateNormalizer dates = DateNormalizer.standard();
    private final Names names = Names.standard();

    private JobRunner(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(BatchInfrastructure.class);
        context.refresh();
        this.repository = context.getBean(JobRepository.class);
        this.operator = context.getBean(JobOperator.class);
        this.tx = context.getBean(PlatformTransactionManager.class);
    }

    /**
     * Opens the job repository at {@code jdbcUrl}, or the default H2 file under {@code defaultDir} when
     * the URL is null.
     */
    public static JobRunner open(String jdbcUrl, String user, String password, Path defaultDir) {
        String url = jdbcUrl;
        if (url == null || url.isBlank()) {
            try {
                Files.createDirectories(defaultDir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + defaultDir + " for the job repository: " + e);
            }
            url = BatchInfrastructure.defaultUrl(defaultDir);
        }
        return new JobRunner(BatchInfrastructure.dataSource(url, user, password));
    }

    /** Runs {@code def} as a new, incremental run: only new and changed input files are read. */
    public RunOutcome run(JobDefinition def) {
        return run(def, false);
    }

    /**
     * Runs {@code def} as a new run; {@code full} reads every input file, otherwise only the files that
     * are new or changed (by content hash) since the last successful run, the others' rows carried over.
     */
    public RunOutcome run(JobDefinition def, boolean full) {
        JobDefinition job = absolute(def);
        Optional<String> problem = checkFolders(job);
        if (problem.isPresent()) {
            return new RunOutcome("FAILED", 0, job.output(), problem.get());
        }
        long runId = System.currentTimeMillis();
        RunPlan plan;
        try {
            plan = RunPlan.make(job, full, runId);
            if (!full && !PartsIndex.load(job.output()).keySet().containsAll(plan.carried())) {
                // The rows of an unchanged file are taken from the last run's parts: without them, read it all.
                log.info("job '{}': the last run's staged parts are gone: reading every input file", job.name());
                plan = RunPlan.make(job, true, runId);
            }
        } catch (IOException e) {
            return new RunOutcome("FAILED", 0, job.output(), "cannot scan the input " + job.input() + ": " + rootMessage(e));
        }
        if (plan.nothingToDo() && !plan.carried().isEmpty()) {
            return new RunOutcome("NOOP", 0, job.output(), "job '" + job.name() + "': nothing new since the last run ("
                    + plan.carried().size() + " input files unchanged); outputs in " + job.output()
                    + " are current (use --full to reprocess everything)");
        }
        JobParameters params = new JobParametersBuilder()
                .addString(P_INPUT, job.input().toString())
                .addString(P_OUTPUT, job.output().toString())
                .addLong(P_CHUNK, (long) job.chunkSize())
                .addString(P_ENCODING, job.encoding())
                .addLong(P_RUN, runId)
                .toJobParameters();
        return launch(job, params, plan);
    }

    /**
     * What a scheduled run does: resume the job's last run when it failed, stopped or died (so a crash
     * costs nothing), otherwise start a new incremental run.
     */
    public RunOutcome runOrResume(JobDefinition def) {
        JobInstance instance = repository.getLastJobInstance(def.name());
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
            log.info("job '{}': its last run (execution {}) ended {}: resuming it", def.name(), last.getId(), last.getStatus());
            RunOutcome resumed = restart(def.name());
            if (!resumed.succeeded()) {
                return resumed;
            }
        }
        return run(def);
    }

    /** Resumes the last failed or stopped run of {@code jobName} from its last commit. */
    public RunOutcome restart(String jobName) {
        JobInstance instance = repository.getLastJobInstance(jobName);
        if (instance == null) {
            return new RunOutcome("FAILED", 0, null, "job '" + jobName + "' has never run: nothing to restart");
        }
        JobExecution last = repository.getLastJobExecution(instance);
        if (last == null) {
            return new RunOutcome("FAILED", 0, null, "job '" + jobName + "' has no execution to restart");
        }
        JobParameters params = last.getJobParameters();
        JobDefinition job = new JobDefinition(
                jobName,
                Path.of(params.getString(P_INPUT)),
                Path.of(params.getString(P_OUTPUT)),
                params.getLong(P_CHUNK).intValue(),
                params.getString(P_ENCODING),
                "");
        if (last.getStatus() == BatchStatus.COMPLETED) {
            return new RunOutcome("FAILED", last.getId(), job.output(),
                    "the last run of '" + jobName + "' (execution " + last.getId() + ") completed: nothing to restart");
        }
        if (last.getStatus().isRunning()) {
            // STARTED or STOPPING with nobody holding the job's lock: its process died (kill -9, power
            // loss). Mark it FAILED so that Spring Batch lets it restart.
            try (JobLock lock = JobLock.tryAcquire(job.output())) {
                if (lock == null) {
                    return new RunOutcome("FAILED", last.getId(), job.output(),
                            "job '" + jobName + "' is running in another process (execution " + last.getId() + ")");
                }
            }
            log.info("execution {} of '{}' was left {} by a process that is gone: recovering it", last.getId(),
                    jobName, last.getStatus());
            operator.recover(last);
        }
        return launch(job, params, null);
    }

    /** One line per recent execution of {@code jobName} (all jobs when null), newest first. */
    public List<String> status(String jobName, int limit) {
        List<String> names = jobName == null ? repository.getJobNames() : List.of(jobName);
        List<JobExecution> executions = new ArrayList<>();
        for (String name : names) {
            for (JobInstance instance : repository.getJobInstances(name, 0, limit)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        return executions.stream()
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit)
                .map(e -> String.format("%-12s execution %-5d run %-5d %-10s started %s  ended %s  %s",
                        e.getJobInstance().getJobName(), e.getId(), e.getJobInstance().getInstanceId(),
                        e.getStatus(),
                        e.getStartTime() == null ? "-" : time.format(e.getStartTime()),
                        e.getEndTime() == null ? "-" : time.format(e.getEndTime()),
                        summary(e)))
                .toList();
    }

    /** Wall and CPU seconds of an execution's steps, for the benchmark. */
    public StepFigures stepFigures(long executionId) {
        return new StepFigures(repository.getJobExecution(executionId));
    }

    private RunOutcome launch(JobDefinition job, JobParameters params, RunPlan newPlan) {
        try (JobLock lock = JobLock.tryAcquire(job.output())) {
            if (lock == null) {
                return new RunOutcome("FAILED", 0, job.output(),
                        "job '" + job.name() + "' is already running on " + job.output() + " in another process");
            }
            Path workDir = job.output().resolve(".work").resolve("run-" + params.getLong(P_RUN));
            Files.createDirectories(workDir);
            if (newPlan != null) {
                newPlan.save(workDir);
            }
            RunPlan plan = RunPlan.load(workDir);
            if (newPlan == null && !plan.rulesVersion().equals(RulesVersion.current())) {
                // Its committed rows were made by other rules: finishing it would mix two versions in one table.
                return new RunOutcome("FAILED", 0, job.output(), "job '" + job.name() + "': the run to restart was made"
                        + " with other rules or code (" + plan.rulesVersion() + ", now " + RulesVersion.current()
                        + "); start a new run instead: run " + job.name() + " --full");
            }
            Job batchJob = ListingsJob.build(repository, tx, job, workDir, params.getLong(P_RUN), plan, dates, names,
                    operator);
            JobExecution execution = operator.start(batchJob, params);
            BatchStatus status = execution.getStatus();
            if (status == BatchStatus.COMPLETED) {
                deleteQuietly(workDir);
                return new RunOutcome(status.name(), execution.getId(), job.output(),
                        "job '" + job.name() + "' completed (execution " + execution.getId() + "); tables in "
                                + job.output());
            }
            return new RunOutcome(status.name(), execution.getId(), job.output(),
                    "job '" + job.name() + "' " + status.name().toLowerCase(java.util.Locale.ROOT) + " (execution "
                            + execution.getId() + "): " + failure(execution)
                            + "; fix the cause and run: restart " + job.name());
        } catch (Exception e) {
            log.debug("launch failed", e);
            return new RunOutcome("FAILED", 0, job.output(), "job '" + job.name() + "' could not run: " + rootMessage(e));
        }
    }

    private static String failure(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (!failures.isEmpty()) {
            return rootMessage(failures.get(0));
        }
        ExitStatus exit = execution.getExitStatus();
        return exit.getExitDescription().isBlank() ? exit.getExitCode() : exit.getExitDescription().lines().findFirst().orElse("");
    }

    private static String summary(JobExecution e) {
        return e.getStepExecutions().stream()
                .map(s -> s.getStepName() + " read=" + s.getReadCount() + " written=" + s.getWriteCount())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static JobDefinition absolute(JobDefinition def) {
        return def.withInput(def.input().toAbsolutePath().normalize()).withOutput(def.output().toAbsolutePath().normalize());
    }

    private static Optional<String> checkFolders(JobDefinition job) {
        if (!Files.exists(job.input())) {
            return Optional.of("input " + job.input() + " does not exist; save pages there or pass --input DIR");
        }
        if (!Files.isReadable(job.input())) {
            return Optional.of("input " + job.input() + " cannot be read; check its permissions");
        }
        try {
            Files.createDirectories(job.output());
        } catch (IOException e) {
            return Optional.of("cannot create the output folder " + job.output() + ": " + rootMessage(e));
        }
        if (!Files.isWritable(job.output())) {
            return Optional.of("the output folder " + job.output() + " is not writable; check its permissions or pass --output DIR");
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("could not delete {}", dir, e);
        }
    }

    @Override
    public void close() {
        context.close();
        dataSource.close();
    }
}
