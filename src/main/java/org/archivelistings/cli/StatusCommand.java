package org.archivelistings.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.archivelistings.jobs.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code status [JOB]}: the recent runs. */
@Command(name = "status", description = "Shows recent runs.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "JOB", description = "Only this job.")
    String job;

    @Option(names = "--limit", defaultValue = "10", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (JobRunner runner = main.openRunner()) {
            List<String> lines = runner.status(job, limit);
            if (lines.isEmpty()) {
                out.println("no runs yet");
            }
            lines.forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
