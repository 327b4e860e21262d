package org.archivelistings.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archivelistings.jobs.JobRunner;
import org.archivelistings.jobs.RunOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The command line: {@code java -jar target/archive-listings.jar COMMAND ...}. */
@Command(
        name = "archive-listings",
        // Inherited: every subcommand answers --help (and --version) with exit code 0.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "archive-listings 0.1.0",
        description = "Turns saved archive listing pages into clean tables (Parquet and JSON Lines).",
        subcommands = {
            RunCommand.class,
            RestartCommand.class,
            StatusCommand.class,
            ScheduleCommand.class,
            DatesCommand.class,
            NamesCommand.class,
            SchemaCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            WorkerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Callable<Integer> {
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", description = "Folder of job files (default: ${DEFAULT-VALUE}).", defaultValue = "jobs")
    Path jobsDir;

    @Option(names = "--repository",
            description = "JDBC URL of the job repository (default: env ARCHIVE_LISTINGS_REPOSITORY, else an H2 "
                    + "file in output/.batch).",
            defaultValue = "${env:ARCHIVE_LISTINGS_REPOSITORY}")
    String repositoryUrl;

    @Option(names = "--repository-user", defaultValue = "${env:ARCHIVE_LISTINGS_REPOSITORY_USER}",
            description = "Job repository user.")
    String repositoryUser;

    @Option(names = "--repository-password", defaultValue = "${env:ARCHIVE_LISTINGS_REPOSITORY_PASSWORD}",
            description = "Job repository password (prefer the environment variable).")
    String repositoryPassword;

    @Option(names = "--broker", paramLabel = "URL", defaultValue = "${env:ARCHIVE_LISTINGS_BROKER}",
            description = "Broker of remote runs and workers, amqp://USER:PASSWORD@HOST:5672"
                    + " (default: env ARCHIVE_LISTINGS_BROKER).")
    String brokerUrl;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    JobRunner openRunner() {
        return JobRunner.open(repositoryUrl, repositoryUser, repositoryPassword, Path.of("output", ".batch"))
                .useBroker(brokerUrl, null);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests: no System.exit). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with its error handling: a failure or a usage error is one line on stderr
     * ({@code error: ...}) and a non-zero exit code, never a stack trace or a page of usage.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + message(e));
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage() + " (see: " + cmd.getCommandSpec().qualifiedName()
                    + " --help)");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli;
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A line tool: standard input to standard output, UTF-8 both ways. */
    interface LineTool {
        void run(BufferedReader in, Writer out) throws java.io.IOException;
    }

    static int filter(LineTool tool) throws java.io.IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        tool.run(in, out);
        out.flush();
        return 0;
    }

    /** Prints a run's outcome: its message on stdout when it succeeded, else {@code error: ...} on stderr. */
    static int report(CommandLine cmd, RunOutcome outcome) {
        if (outcome.succeeded()) {
            cmd.getOut().println(outcome.message());
            cmd.getOut().flush();
            return 0;
        }
        return fail(cmd, outcome.message());
    }

    /** One line on stderr and the failure exit code. */
    static int fail(CommandLine cmd, String message) {
        cmd.getErr().println("error: " + message);
        cmd.getErr().flush();
        return FAILED;
    }
}
