package org.archivelistings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** --help everywhere exits 0 with the usage; a usage error is one line and a non-zero exit code. */
class HelpAndUsageErrorsTest {
    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one command line. */
    record Outcome(int exit, String out, String err) {}

    static Outcome execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    static Stream<String> subcommands() {
        return Main.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandAnswersHelpWithItsUsage(String command) {
        for (String help : new String[] {"--help", "-h"}) {
            Outcome o = execute(command, help);
            assertThat(o.exit()).as(command + " " + help).isZero();
            assertThat(o.out()).contains("Usage: archive-listings " + command + " ");
            assertThat(o.err()).isEmpty();
        }
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Outcome o = execute("--help");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("Usage: archive-listings").contains("run").contains("schedule");
        assertThat(execute().out()).as("no command: the usage").contains("Usage: archive-listings");
    }

    @Test
    void runHelpNamesEveryJobKeyOption() {
        String usage = execute("run", "--help").out();
        for (String option : new String[] {"--input", "--output", "--chunk-size", "--encoding", "--threads",
                "--formats", "--set", "--full"}) {
            assertThat(usage).contains(option);
        }
    }

    @Test
    void runWithoutAJobNameIsOneClearLineAndANonZeroExit() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("nightly.properties"), "input=x\n");
        Outcome o = execute("--jobs", jobs.toString(), "run");
        assertThat(o.exit()).isNotZero();
        assertThat(o.out()).isEmpty();
        assertThat(o.err().lines()).hasSize(1).first().asString()
                .startsWith("error: run needs a job name")
                .contains("nightly");
    }

    @Test
    void anUnknownOptionIsOneLineWithWhereToLook() {
        Outcome o = execute("run", "listings", "--thread", "2");
        assertThat(o.exit()).isNotZero();
        assertThat(o.err().lines()).hasSize(1).first().asString()
                .startsWith("error: Unknown option")
                .contains("'--thread'")
                .endsWith("(see: archive-listings run --help)");
    }

    @Test
    void anUnknownJobNamesTheJobsThereAre() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("nightly.properties"), "input=x\n");
        Outcome o = execute("--jobs", jobs.toString(), "run", "nighly");
        assertThat(o.exit()).isEqualTo(Main.FAILED);
        assertThat(o.err().lines()).hasSize(1).first().asString()
                .startsWith("error: unknown job 'nighly'")
                .contains("nightly");
    }

    @Test
    void aBadKeyValueFromTheCommandLineSaysSoOnOneLine() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("j.properties"), "input=x\n");
        Outcome o = execute("--jobs", jobs.toString(), "run", "j", "--formats", "parquet,csv");
        assertThat(o.exit()).isEqualTo(Main.FAILED);
        assertThat(o.err().lines()).hasSize(1).first().asString()
                .isEqualTo("error: the command line: formats: 'csv' is not a format (there are: parquet, jsonl)");
    }
}
