package org.archivelistings.cli;

import java.util.concurrent.Callable;
import org.archivelistings.jobs.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restart JOB}. It takes no job-key options on purpose: a restart finishes the run with the keys
 * it started with, so that its tables equal an uninterrupted run's.
 */
@Command(name = "restart",
        description = "Resumes the last failed or stopped run of a job from its last commit, with the job keys "
                + "that run started with (so it takes no job-key options).")
final class RestartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "JOB", defaultValue = "listings",
            description = "The job (default: ${DEFAULT-VALUE}).")
    String job;

    @Override
    public Integer call() {
        try (JobRunner runner = main.openRunner()) {
            return Main.report(spec.commandLine(), runner.restart(job));
        }
    }
}
