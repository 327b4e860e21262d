package org.archivelistings.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.archivelistings.bench.Benchmark;
import org.archivelistings.bench.ComponentBenchmark;
import org.archivelistings.bench.ListingGenerator;
import org.archivelistings.dates.DatesTool;
import org.archivelistings.jobs.JobDefinition;
import org.archivelistings.names.NamesTool;
import org.archivelistings.jobs.JobRunner;
import org.archivelistings.jobs.RunOutcome;
import org.archivelistings.output.SchemaDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: {@code java -jar target/archive-listings.jar COMMAND ...}. */
@Command(
        name = "archive-listings",
        mixinStandardHelpOptions = true,
        version = "archive-listings 0.1.0",
        description = "Turns saved archive listing pages into clean tables (Parquet and JSON Lines).",
        subcommands = {
            Main.Run.class,
            Main.Restart.class,
            Main.Status.class,
            ScheduleCommand.class,
            Main.Dates.class,
            Main.Names.class,
            Main.Schema.class,
            Main.Generate.class,
            Main.Bench.class,
            WorkerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Callable<Integer> {
    static final int FAILED = 1;

    @Option(names = "--jobs", description = "Folder of job files (default: ${DEFAULT-VALUE}).", defaultValue = "jobs")
    Path jobsDir;

    @Option(names = "--repository",
            description = "JDBC URL of the job repository (default: env ARCHIVE_LISTINGS_REPOSITORY, else an H2 file in output/.batch).",
            defaultValue = "${env:ARCHIVE_LISTINGS_REPOSITORY}")
    String repositoryUrl;

    @Option(names = "--repository-user", defaultValue = "${env:ARCHIVE_LISTINGS_REPOSITORY_USER}", description = "Job repository user.")
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
        new CommandLine(this).usage(System.out);
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
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + message(e));
            return FAILED;
        });
        return cli.execute(args);
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

    static int report(RunOutcome outcome) {
        if (outcome.succeeded()) {
            System.out.println(outcome.message());
            return 0;
        }
        System.err.println("error: " + outcome.message());
        return FAILED;
    }

    @Command(name = "run", description = "Runs a job defined in jobs/JOB.properties; options override the job file.")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Parameters(index = "0", paramLabel = "JOB", description = "The job's name, e.g. listings.")
        String job;

        @Option(names = "--input", paramLabel = "DIR", description = "Folder (or file) of saved pages.")
        Path input;

        @Option(names = "--output", paramLabel = "DIR", description = "Folder the tables go to.")
        Path output;

        @Option(names = "--chunk-size", paramLabel = "N", description = "Records per transaction.")
        Integer chunkSize;

        @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of the pages, or auto.")
        String encoding;

        @Option(names = "--full", description = "Read every input file, not only the new and changed ones.")
        boolean full;

        @Option(names = "--remote", description = "Read on the workers behind --broker (job key remote=true).")
        boolean remote;

        @Option(names = "--partition-timeout", paramLabel = "MINUTES", defaultValue = "120",
                description = "How long a remote run waits for its partitions (default: ${DEFAULT-VALUE}).")
        long partitionTimeout;

        @Override
        public Integer call() {
            JobDefinition def;
            try {
                def = JobDefinition.load(main.jobsDir, job);
                if (input != null) {
                    def = def.withInput(input);
                }
                if (output != null) {
                    def = def.withOutput(output);
                }
                if (chunkSize != null) {
                    def = def.withChunkSize(chunkSize);
                }
                if (encoding != null) {
                    def = def.withEncoding(encoding);
                }
                if (remote) {
                    def = def.withRemote(true);
                }
            } catch (RuntimeException e) {
                System.err.println("error: " + e.getMessage());
                return FAILED;
            }
            try (JobRunner runner = main.openRunner()) {
                runner.useBroker(main.brokerUrl, java.time.Duration.ofMinutes(partitionTimeout));
                return report(runner.run(def, full));
            }
        }
    }

    @Command(name = "restart", description = "Resumes the last failed or stopped run of a job from its last commit.")
    static final class Restart implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Parameters(index = "0", paramLabel = "JOB", defaultValue = "listings", description = "The job (default: ${DEFAULT-VALUE}).")
        String job;

        @Override
        public Integer call() {
            try (JobRunner runner = main.openRunner()) {
                return report(runner.restart(job));
            }
        }
    }

    @Command(name = "status", description = "Shows recent runs.")
    static final class Status implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Parameters(index = "0", arity = "0..1", paramLabel = "JOB", description = "Only this job.")
        String job;

        @Option(names = "--limit", defaultValue = "10", description = "How many runs (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (JobRunner runner = main.openRunner()) {
                List<String> lines = runner.status(job, limit);
                if (lines.isEmpty()) {
                    System.out.println("no runs yet");
                }
                lines.forEach(System.out::println);
                return 0;
            }
        }
    }

    @Command(name = "names",
            description = "Resolves personal names read from standard input, one a line, clustering unknown ones across the whole input; prints one JSON object a line.")
    static final class Names implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return filter(NamesTool::run);
        }
    }

    @Command(name = "generate", description = "Writes realistic listing pages (every layout), deterministically from a seed.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--records", required = true, paramLabel = "N", description = "How many records.")
        long records;

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write the pages into.")
        Path output;

        @Option(names = "--seed", defaultValue = "1956", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            ListingGenerator.Result r = new ListingGenerator(seed).generate(output, records);
            System.out.printf("%d records on %d pages, %.1f MB, in %s%n", r.records(), r.pages(), r.bytes() / 1e6, output);
            return 0;
        }
    }

    @Command(name = "bench", description = "Runs the job on generated input of each size in a child JVM and prints records/s, MB/s, step times, peak heap and RSS.")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--records", split = ",", defaultValue = "100000,1000000", description = "Sizes (default: ${DEFAULT-VALUE}).")
        List<Long> sizes;

        @Option(names = "--heap", defaultValue = "512m", description = "Heap of the measured JVM (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--work", defaultValue = "target/bench", description = "Where generated input and runs go (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--seed", defaultValue = "1956", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--components", description = "Time the page reader, date normalizer and name core alone instead.")
        boolean components;

        @Override
        public Integer call() throws Exception {
            if (components) {
                ComponentBenchmark.run(System.out, seed);
            } else {
                new Benchmark(work, heap, seed).run(sizes, System.out);
            }
            return 0;
        }
    }

    @Command(name = "schema", description = "Prints the schema document of every output table (docs/schema.md).")
    static final class Schema implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.print(SchemaDocument.markdown());
            return 0;
        }
    }

    @Command(name = "dates",
            description = "Normalizes date expressions read from standard input, one a line (optionally TAB and a context date YYYY-MM-DD or YYYY); prints one JSON object a line.")
    static final class Dates implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return filter(DatesTool::run);
        }
    }
}
