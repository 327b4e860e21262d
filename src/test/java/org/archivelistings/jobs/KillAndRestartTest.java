package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.archivelistings.bench.ListingGenerator;
import org.archivelistings.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety as a user meets it: the command line in a JVM of its own, killed with SIGKILL at random
 * moments and restarted, must end with the same tables as a run that was never interrupted. Also SIGTERM:
 * a clean stop at a chunk boundary, STOPPED, a non-zero exit, then restart.
 */
class KillAndRestartTest {
    static final long RECORDS = 200_000;
    static final int KILLS = 4;

    @TempDir
    static Path dir;

    static Path input;
    static Path jobs;

    @BeforeAll
    static void generateInput() throws IOException {
        input = dir.resolve("pages");
        new ListingGenerator(20261124L).generate(input, RECORDS);
        jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("big.properties"), "input=" + input + "\nchunk-size=1000\n");
    }

    private Process start(Path output, String repo, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--jobs", jobs.toString(), "--repository", "jdbc:h2:file:" + repo + ";DB_CLOSE_ON_EXIT=FALSE"));
        cmd.addAll(List.of(command));
        if (command[0].equals("run")) {
            cmd.addAll(List.of("--output", output.toString()));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private int runToEnd(Path output, String repo, String... command) throws Exception {
        Process p = start(output, repo, command);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    @Test
    void killedRunsRestartToTheSameTablesAsAnUninterruptedRun() throws Exception {
        Path clean = dir.resolve("clean");
        long t0 = System.nanoTime();
        assertThat(runToEnd(clean, dir.resolve("repo-clean").toString(), "run", "big")).as(log()).isZero();
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;

        Path crashed = dir.resolve("crashed");
        String repo = dir.resolve("repo-crash").toString();
        Random random = new Random(7);
        Process p = start(crashed, repo, "run", "big");
        int kills = 0;
        while (true) {
            // Kill somewhere in the run: early, in the read step, or in the last steps.
            long wait = 200 + (long) (random.nextDouble() * cleanMillis * 0.35);
            if (kills < KILLS && !p.waitFor(wait, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                kills++;
                assertThat(crashed.resolve(".work")).exists();
                p = start(crashed, repo, "restart", "big");
                continue;
            }
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
            if (p.exitValue() != 0 && Files.readString(dir.resolve("child.log")).contains("has never run")) {
                p = start(crashed, repo, "run", "big"); // killed before the job existed: run it again
                continue;
            }
            break;
        }
        // Killed after the run completed but before the JVM exited: restart rightly finds nothing to do.
        assertThat(p.exitValue() == 0 || log().contains("completed: nothing to restart")).as(log()).isTrue();
        assertThat(kills).as("a run outran every kill").isGreaterThanOrEqualTo(2);
        for (String table : List.of("sightings", "documents", "dates", "mentions", "people", "rejects")) {
            List<String> expected = Files.readAllLines(clean.resolve(table + ".jsonl"));
            List<String> actual = Files.readAllLines(crashed.resolve(table + ".jsonl"));
            assertThat(actual).as(table).hasSize(expected.size()).containsExactlyElementsOf(expected);
        }
        assertThat(Files.readAllLines(clean.resolve("sightings.jsonl")).size()
                        + Files.readAllLines(clean.resolve("rejects.jsonl")).size())
                .isGreaterThanOrEqualTo((int) RECORDS - 100_000 / 10);
        System.out.printf("kill -9: %d kills survived, %d sightings compared%n", kills,
                Files.readAllLines(clean.resolve("sightings.jsonl")).size());
    }

    @Test
    void sigtermStopsAtAChunkBoundaryAndRestartFinishes() throws Exception {
        Path out = dir.resolve("term");
        String repo = dir.resolve("repo-term").toString();
        Process p = start(out, repo, "run", "big");
        // Wait until the read step is under way (parts of staged rows are there), then SIGTERM.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && !StagedParts.moreThan(out, 20)) {
            Thread.sleep(100);
        }
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(log()).isNotZero();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("stopped at a chunk boundary");
        assertThat(runToEnd(out, repo, "status", "big")).isZero();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("STOPPED");
        assertThat(runToEnd(out, repo, "restart", "big")).as(log()).isZero();
        assertThat(out.resolve("manifest.json")).exists();
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
