package org.archivelistings.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.archivelistings.jobs.JobDefinition;
import org.archivelistings.jobs.JobDefinition.JobDefinitionException;
import org.archivelistings.jobs.JobRunner;
import org.archivelistings.jobs.JobScheduler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code schedule [JOB...]}: stays running and starts each scheduled job on time. The keys that make sense
 * for several jobs at once can be overridden; input and output cannot, as each job has its own folders.
 */
@Command(name = "schedule",
        description = "Stays running and starts each job of jobs/ that has a 'schedule' (cron) on time; never two "
                + "runs of one job at once. The options override the job files' keys (input and output stay "
                + "each job's own).")
final class ScheduleCommand implements Callable<Integer> {
    static final List<String> KEYS = List.of("chunk-size", "encoding", "threads", "formats", "schedule");

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "0..*", paramLabel = "JOB", description = "Only these jobs (default: every job in jobs/).")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--schedule", paramLabel = "CRON",
            description = "Cron expression (5 fields as in crontab, or 6 with seconds) for the jobs, instead of "
                    + "their files' (job key schedule).")
    String schedule;

    @Mixin
    JobKeyOptions keys;

    /** The jobs to schedule, as this command line defines them. */
    List<JobDefinition> scheduledJobs() {
        Map<String, String> overrides = keys.overrides("schedule", KEYS);
        JobKeyOptions.putIfGiven(overrides, "schedule", schedule);
        List<String> names = jobs.isEmpty() ? JobDefinition.jobNames(main.jobsDir) : jobs;
        List<JobDefinition> scheduled = new ArrayList<>();
        for (String name : names) {
            JobDefinition def = JobDefinition.load(main.jobsDir, name, overrides);
            if (!def.schedule().isBlank()) {
                scheduled.add(def);
            } else if (!jobs.isEmpty()) {
                throw new JobDefinitionException("job '" + name + "' has no schedule: add e.g. schedule=0 2 * * * to "
                        + main.jobsDir.resolve(name + ".properties") + ", or pass --schedule CRON");
            }
        }
        if (scheduled.isEmpty()) {
            throw new JobDefinitionException("no job in " + main.jobsDir
                    + " has a schedule (add e.g. schedule=0 2 * * * to a job file, or pass --schedule CRON)");
        }
        return scheduled;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        List<JobDefinition> scheduled;
        try {
            scheduled = scheduledJobs();
        } catch (RuntimeException e) {
            return Main.fail(cmd, Main.message(e));
        }
        try (JobRunner runner = main.openRunner(); JobScheduler scheduler = new JobScheduler(runner)) {
            scheduled.forEach(scheduler::schedule);
            Runtime.getRuntime().addShutdownHook(new Thread(scheduler::close));
            scheduler.awaitStop();
            return 0;
        }
    }
}
