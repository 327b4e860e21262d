package org.archivelistings.jobs;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
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
    static final String P_REMOTE = "remote";

    private final HikariDataSource dataSource;
    private final AnnotationConfigApplicationContext context;
    private final JobRepository repository;
    private final JobOperator operator;
    private final PlatformTransactionManager tx;
    private final DateNormalizer dates = DateNormalizer.standard();
    private final Names names = Names.standard();
    private final boolean sharedRepository;
    private String brokerUrl;
    private Duration partitionTimeout = DEFAULT_PARTITION_TIMEOUT;

    /** How long a remote read waits for its partitions when the run does not say. */
    public static final Duration DEFAULT_PARTITION_TIMEOUT = Duration.ofHours(2);

    private JobRunner(HikariDataSource dataSource, boolean sharedRepository) {
        this.dataSource = dataSource;
        this.sharedRepository = sharedRepository;
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
        return new JobRunner(BatchInfrastructure.dataSource(url, user, password), url.startsWith("jdbc:postgresql:"));
    }

    /**
     * The broker a remote run sends its read partitions through, and how long it waits for them before
     * the run fails (a backstop: a dead worker's partition goes to another worker at once).
     */
    public JobRunner useBroker(String url, Duration timeout) {
        this.brokerUrl = url;
        this.partitionTimeout = timeout == null ? DEFAULT_PARTITION_TIMEOUT : timeout;
        return this;
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
                .addString(P_REMOTE, String.valueOf(job.remote()))
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
        JobDefinition job = new JobDefinition(jobName, Path.of(params.getString(P_INPUT)),
                Path.of(params.getString(P_OUTPUT)), params.getLong(P_CHUNK).intValue(), params.getString(P_ENCODING),
                "").withRemote(Boolean.parseBoolean(params.getString(P_REMOTE, "false")));
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
        } else if (job.remote() && StalePartitions.any(last)) {
            // The manager gave up on partitions a worker may still run: restart only when none does.
            Optional<String> running = StalePartitions.stillRunning(dataSource, last);
            if (running.isPresent()) {
                return new RunOutcome("FAILED", last.getId(), job.output(), running.get());
            }
            operator.recover(last);
        }
        return launch(job, params, null);
    }

    /** One line per recent execution of {@code jobName} (all jobs when null), newest first. */
    public List<String> status(String jobName, int limit) {
        return RunHistory.history(repository, jobName, limit);
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
            Path workDir = RunPlan.workDir(job.output(), params.getLong(P_RUN));
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
            if (job.remote() && !sharedRepository) {
                return new RunOutcome("FAILED", 0, job.output(), "a remote run needs the job repository its workers"
                        + " share, on PostgreSQL: pass --repository jdbc:postgresql://HOST:5432/DB or set"
                        + " ARCHIVE_LISTINGS_REPOSITORY");
            }
            JobExecution execution;
            RemoteRequests remote = job.remote() ? new RemoteRequests(brokerUrl, context.getBeanFactory()) : null;
            try (RemoteRequests requests = remote) {
                ListingsJob.Partitions where = requests == null ? ListingsJob.Partitions.LOCAL
                        : new ListingsJob.Partitions(requests.channel(), partitionTimeout.toMillis());
                Job batchJob = ListingsJob.build(repository, tx, job, workDir, params.getLong(P_RUN), plan, dates,
                        names, operator, where);
                execution = operator.start(batchJob, params);
            }
            BatchStatus status = execution.getStatus();
            if (status == BatchStatus.COMPLETED) {
                deleteQuietly(workDir);
                return new RunOutcome(status.name(), execution.getId(), job.output(),
                        "job '" + job.name() + "' completed (execution " + execution.getId() + "); tables in "
                                + job.output());
            }
            return new RunOutcome(status.name(), execution.getId(), job.output(),
                    "job '" + job.name() + "' " + status.name().toLowerCase(java.util.Locale.ROOT) + " (execution "
                            + execution.getId() + "): " + RunHistory.reason(repository, execution)
                            + "; fix the cause and run: restart " + job.name());
        } catch (Exception e) {
            log.debug("launch failed", e);
            return new RunOutcome("FAILED", 0, job.output(), "job '" + job.name() + "' could not run: " + rootMessage(e));
        }
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
