package org.archivelistings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.archivelistings.jobs.JobDefinition;
import org.archivelistings.jobs.JobDefinition.JobDefinitionException;
import org.archivelistings.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every job key: the command line overrides the job file, which overrides the embedded defaults. */
class JobKeysOnTheCommandLineTest {
    @TempDir
    Path dir;

    /**
     * One key: its value in the defaults, a value for the job file, one for the command line, and how the
     * definition shows it.
     */
    record Key(String key, String option, Object byDefault, String inFile, String onCommandLine,
            Object fileMeans, Object commandLineMeans, Function<JobDefinition, Object> value) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<Key> runKeys() {
        return Stream.of(
                new Key("input", "--input", Path.of("input"), "pages", "saved", Path.of("pages"), Path.of("saved"),
                        JobDefinition::input),
                new Key("output", "--output", Path.of("output", "j"), "tables/${job}", "elsewhere",
                        Path.of("tables", "j"), Path.of("elsewhere"), JobDefinition::output),
                new Key("chunk-size", "--chunk-size", 500, "20", "7", 20, 7, JobDefinition::chunkSize),
                new Key("encoding", "--encoding", "auto", "windows-1252", "UTF-8", "windows-1252", "UTF-8",
                        JobDefinition::encoding),
                new Key("threads", "--threads", 0, "2", "3", 2, 3, JobDefinition::threads),
                new Key("formats", "--formats", Set.of(OutputFormat.PARQUET, OutputFormat.JSONL), "jsonl", "Parquet",
                        Set.of(OutputFormat.JSONL), Set.of(OutputFormat.PARQUET), JobDefinition::formats));
    }

    Path jobs(String fileBody) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("j.properties"), fileBody);
        return jobs;
    }

    JobDefinition run(Path jobs, String... args) {
        List<String> all = new ArrayList<>(List.of("--jobs", jobs.toString(), "run", "j"));
        all.addAll(List.of(args));
        CommandLine cli = Main.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs(all.toArray(String[]::new));
        return ((RunCommand) parsed.subcommand().commandSpec().userObject()).definition();
    }

    JobDefinition schedule(Path jobs, String... args) {
        List<String> all = new ArrayList<>(List.of("--jobs", jobs.toString(), "schedule"));
        all.addAll(List.of(args));
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(all.toArray(String[]::new));
        ScheduleCommand command = (ScheduleCommand) parsed.subcommand().commandSpec().userObject();
        List<JobDefinition> scheduled = command.scheduledJobs();
        assertThat(scheduled).hasSize(1);
        return scheduled.get(0);
    }

    @ParameterizedTest
    @MethodSource("runKeys")
    void commandLineOverJobFileOverDefaults(Key k) throws Exception {
        Path withoutKey = jobs("# nothing set\n");
        assertThat(k.value().apply(run(withoutKey))).as("default").isEqualTo(k.byDefault());
        Path withKey = jobs(k.key() + "=" + k.inFile() + "\n");
        assertThat(k.value().apply(run(withKey))).as("job file").isEqualTo(k.fileMeans());
        assertThat(k.value().apply(run(withKey, k.option(), k.onCommandLine()))).as(k.option())
                .isEqualTo(k.commandLineMeans());
        assertThat(k.value().apply(run(withKey, "--set", k.key() + "=" + k.onCommandLine()))).as("--set")
                .isEqualTo(k.commandLineMeans());
        assertThat(k.value().apply(run(withKey, "--set", k.key() + "=" + k.inFile(), k.option(), k.onCommandLine())))
                .as("the key's own option wins over --set").isEqualTo(k.commandLineMeans());
    }

    static Stream<Key> sharedKeys() {
        return runKeys().filter(k -> ScheduleCommand.KEYS.contains(k.key()));
    }

    @ParameterizedTest
    @MethodSource("sharedKeys")
    void scheduleOverridesTheKeysEveryJobShares(Key k) throws Exception {
        Path jobs = jobs("schedule=0 2 * * *\n" + k.key() + "=" + k.inFile() + "\n");
        assertThat(k.value().apply(schedule(jobs))).as("job file").isEqualTo(k.fileMeans());
        assertThat(k.value().apply(schedule(jobs, k.option(), k.onCommandLine()))).as(k.option())
                .isEqualTo(k.commandLineMeans());
        assertThat(k.value().apply(schedule(jobs, "--set", k.key() + "=" + k.onCommandLine()))).as("--set")
                .isEqualTo(k.commandLineMeans());
    }

    @Test
    void scheduleKeyFromDefaultsJobFileAndCommandLine() throws Exception {
        assertThat(JobDefinition.load(jobs("input=x\n"), "j").schedule()).isEmpty();
        Path jobs = jobs("schedule=0 2 * * *\n");
        assertThat(schedule(jobs).schedule()).isEqualTo("0 2 * * *");
        assertThat(schedule(jobs, "--schedule", "*/5 * * * *").schedule()).isEqualTo("*/5 * * * *");
        assertThat(schedule(jobs("input=x\n"), "--schedule", "0 3 * * *", "j").schedule())
                .as("a job without a schedule in its file, scheduled from the command line").isEqualTo("0 3 * * *");
    }

    @Test
    void scheduleKeepsEachJobsOwnFolders() throws Exception {
        Path jobs = jobs("schedule=0 2 * * *\n");
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("--jobs", jobs.toString(), "schedule",
                "--set", "output=/tmp/shared");
        ScheduleCommand cmd = (ScheduleCommand) parsed.subcommand().commandSpec().userObject();
        assertThatThrownBy(cmd::scheduledJobs).isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("schedule takes the job keys chunk-size, encoding, threads, formats, schedule");
        assertThatThrownBy(() -> Main.commandLine().parseArgs("schedule", "--output", "x"))
                .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    }

    @Test
    void badValuesSayWhereTheyCameFrom() throws Exception {
        Path jobs = jobs("threads=two\n");
        assertThatThrownBy(() -> run(jobs)).isInstanceOf(JobDefinitionException.class)
                .hasMessage(jobs.resolve("j.properties") + ": threads must be a whole number, not 'two'");
        assertThat(run(jobs, "--threads", "1").threads()).as("a good value on the command line wins").isEqualTo(1);
        assertThatThrownBy(() -> run(jobs, "--threads", "-1")).hasMessage(
                "the command line: threads must be 0 (one per core) or more, not -1");
        assertThatThrownBy(() -> run(jobs, "--threads", "1", "--chunk-size", "0"))
                .hasMessage("the command line: chunk-size must be at least 1, not 0");
        assertThatThrownBy(() -> run(jobs, "--threads", "1", "--encoding", "klingon-8"))
                .hasMessageStartingWith("the command line: encoding must be auto or a charset name");
        assertThatThrownBy(() -> run(jobs, "--threads", "1", "--set", "chunksize=9"))
                .hasMessageStartingWith("--set chunksize: 'chunksize' is not a job key (the keys are: input, output,");
        assertThatThrownBy(() -> run(jobs, "--threads", "1", "--set", "schedule=0 2 * * *"))
                .hasMessageContaining("run takes the job keys input, output, chunk-size, encoding, threads, formats");
    }

    @Test
    void aDefinitionsKeysLoadBackToTheSameDefinition() throws Exception {
        Path jobs = jobs("schedule=0 2 * * *\nformats=jsonl\n");
        JobDefinition def = run(jobs, "--threads", "2", "--encoding", "UTF-8", "--input", "pages");
        assertThat(def.keys()).containsOnlyKeys(JobDefinition.KEYS).containsEntry("formats", "jsonl");
        assertThat(JobDefinition.load(jobs, "j", def.keys())).isEqualTo(def);
        assertThat(def.writes(OutputFormat.JSONL)).isTrue();
        assertThat(def.writes(OutputFormat.PARQUET)).isFalse();
    }

    @Test
    void aMisspeltKeyInAJobFileIsAnErrorNotASilentDefault() throws Exception {
        Path jobs = jobs("chunksize=9\n");
        assertThatThrownBy(() -> run(jobs)).isInstanceOf(JobDefinitionException.class)
                .hasMessageStartingWith(jobs.resolve("j.properties") + ": 'chunksize' is not a job key");
    }

    @Test
    void aBadScheduleIsCaughtWhenTheJobIsLoaded() throws Exception {
        Path jobs = jobs("schedule=every night\n");
        assertThatThrownBy(() -> JobDefinition.load(jobs, "j"))
                .hasMessageStartingWith(
                        jobs.resolve("j.properties") + ": schedule 'every night' is not a cron expression");
    }
}
