package org.archivelistings.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.archivelistings.jobs.JobDefinition;
import org.archivelistings.jobs.JobRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code run JOB}: a new run of a job, every job key overridable by an option. */
@Command(name = "run",
        description = "Runs a job defined in jobs/JOB.properties. Every job key can be set by an option: "
                + "the option overrides the job file, which overrides the defaults.")
final class RunCommand implements Callable<Integer> {
    /** Every key but schedule, which only the schedule command uses. */
    static final List<String> KEYS = List.of("input", "output", "chunk-size", "encoding", "threads", "formats", "remote");

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    // Optional for picocli, so that a missing name gets our message (with the jobs there are).
    @Parameters(index = "0", arity = "0..1", paramLabel = "JOB", description = "The job's name, e.g. listings.")
    String job;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder (or file) of saved pages (job key input).")
    String input;

    @Option(names = "--output", paramLabel = "DIR", description = "Folder the tables go to (job key output).")
    String output;

    @Mixin
    JobKeyOptions keys;

    @Option(names = "--full", description = "Read every input file, not only the new and changed ones.")
    boolean full;

    @Option(names = "--remote", description = "Read on the workers behind --broker (job key remote=true).")
    boolean remote;

    @Option(names = "--partition-timeout", paramLabel = "MINUTES", defaultValue = "120",
            description = "How long a remote run waits for its partitions (default: ${DEFAULT-VALUE}).")
    long partitionTimeout;

    /** The job as this command line defines it: defaults, then the job file, then the options. */
    JobDefinition definition() {
        Map<String, String> overrides = keys.overrides("run", KEYS);
        JobKeyOptions.putIfGiven(overrides, "input", input);
        JobKeyOptions.putIfGiven(overrides, "output", output);
        if (remote) {
            overrides.put("remote", "true");
        }
        return JobDefinition.load(main.jobsDir, job, overrides);
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (job == null) {
            return missingJob(cmd, main.jobsDir, "run");
        }
        JobDefinition def;
        try {
            def = definition();
        } catch (RuntimeException e) {
            return Main.fail(cmd, Main.message(e));
        }
        try (JobRunner runner = main.openRunner()) {
            runner.useBroker(main.brokerUrl, java.time.Duration.ofMinutes(partitionTimeout));
            return Main.report(cmd, runner.run(def, full));
        }
    }

    /** The one-line error for a job command given no job, naming the jobs there are. */
    static int missingJob(CommandLine cmd, Path jobsDir, String command) {
        List<String> jobs = JobDefinition.jobNames(jobsDir);
        String known = jobs.isEmpty() ? "no job is defined in " + jobsDir + " yet"
                : "jobs defined in " + jobsDir + ": " + String.join(", ", jobs);
        cmd.getErr().println("error: " + command + " needs a job name, e.g. '" + command + " "
                + (jobs.isEmpty() ? "listings" : jobs.get(0)) + "' (" + known + "; see: "
                + cmd.getCommandSpec().qualifiedName() + " --help)");
        cmd.getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }
}
