package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelistings.bench.ListingGenerator;
import org.archivelistings.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning as an operator meets it: a real RabbitMQ broker and a real PostgreSQL repository
 * (.ci/run starts both and passes their URLs in ARCHIVE_LISTINGS_TEST_BROKER and
 * ARCHIVE_LISTINGS_TEST_POSTGRES), a manager and two worker JVMs on this machine. One worker is killed
 * with SIGKILL in the middle of a partition: the other one must take the partition over, and the tables
 * must equal a one-process run's, row for row.
 */
class RemotePartitioningTest {
    static final long RECORDS = 40_000;
    static final Pattern RUNNING = Pattern.compile("running (read-partition:p\\d+)");

    static String broker;
    static String postgres;

    @TempDir
    static Path dir;

    private final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void servers() {
        broker = System.getenv("ARCHIVE_LISTINGS_TEST_BROKER");
        postgres = System.getenv("ARCHIVE_LISTINGS_TEST_POSTGRES");
        assumeTrue(broker != null && !broker.isBlank(),
                "no broker: set ARCHIVE_LISTINGS_TEST_BROKER (bash .ci/start-broker starts RabbitMQ and prints a URL)");
        assumeTrue(postgres != null && !postgres.isBlank(),
                "no PostgreSQL server: set ARCHIVE_LISTINGS_TEST_POSTGRES (bash .ci/start-postgres prints a URL)");
    }

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    void aWorkerKilledMidPartitionChangesNothingInTheTables() throws Exception {
        Path input = dir.resolve("pages");
        new ListingGenerator(20261202L).generate(input, RECORDS);
        String job = "remote" + System.nanoTime();
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        // 8 partitions of 5,000 records, commits of 250: a kill lands in a partition with commits behind it.
        Files.writeString(jobs.resolve(job + ".properties"), "input=" + input + "\nchunk-size=250\nthreads=8\n");

        Path first = dir.resolve("worker-1.log");
        Path second = dir.resolve("worker-2.log");
        Process victim = start(first, jobs, "worker", "--threads", "1");
        start(second, jobs, "worker", "--threads", "1");
        Path out = dir.resolve("remote");
        Process manager = start(dir.resolve("manager.log"), jobs, "run", job, "--remote", "--output", out.toString());

        // Kill the first worker once it has committed a part of a partition it is running.
        String killed = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (killed == null && System.nanoTime() < deadline && manager.isAlive()) {
            Thread.sleep(200);
            String running = lastRunning(first);
            if (running != null && !ended(first, running) && hasPart(out, running)) {
                killed = running;
            }
        }
        assertThat(killed).as("worker 1 never ran a partition: " + Files.readString(first)).isNotNull();
        victim.destroyForcibly().waitFor();

        assertThat(manager.waitFor(10, TimeUnit.MINUTES)).as("the remote run did not end").isTrue();
        assertThat(manager.exitValue()).as(Files.readString(dir.resolve("manager.log"))).isZero();
        String taken = Files.readString(second);
        assertThat(taken).as("worker 2 took the killed partition over")
                .contains(killed + " (step execution")
                .contains("was left STARTED by a worker that is gone");
        assertThat(ended(first, killed)).isFalse();
        assertThat(ended(second, killed)).isTrue();
        // the documents merge went through the broker too: its range ran on the surviving worker
        assertThat(taken).contains("running merge-range:r000 (step execution");

        Path local = dir.resolve("local");
        try (JobRunner runner = JobRunner.open(null, null, null, dir.resolve("h2"))) {
            RunOutcome outcome = runner.run(JobFixtures.job(job, input, local, 250));
            assertThat(outcome.status()).as(outcome.message()).isEqualTo("COMPLETED");
        }
        for (String table : List.of("sightings", "documents", "dates", "mentions", "people", "rejects")) {
            List<String> expected = Files.readAllLines(local.resolve(table + ".jsonl"));
            assertThat(Files.readAllLines(out.resolve(table + ".jsonl"))).as(table)
                    .hasSize(expected.size()).containsExactlyElementsOf(expected);
        }
        System.out.printf("remote: worker 1 killed in %s, worker 2 finished it; %d sightings compared%n", killed,
                Files.readAllLines(local.resolve("sightings.jsonl")).size());
    }

    @Test
    void aWorkerWithoutItsBrokerExitsWithAReason() throws Exception {
        Path log = dir.resolve("lonely.log");
        Process p = start(log, dir, "--broker", "amqp://guest:guest@127.0.0.1:1", "worker");
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(Files.readString(log)).contains("error: cannot reach the broker at amqp://guest:***@127.0.0.1:1");
    }

    /** The partition worker 1 started last, or null. */
    private static String lastRunning(Path log) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        Matcher m = RUNNING.matcher(Files.readString(log));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static boolean ended(Path log, String partition) throws IOException {
        return Pattern.compile(Pattern.quote(partition) + " \\(step execution \\d+\\) ended COMPLETED")
                .matcher(Files.readString(log)).find();
    }

    /** Whether the run's staged sightings hold a committed part of {@code partition}. */
    private static boolean hasPart(Path out, String partition) throws IOException {
        Path parts = out.resolve(PartFiles.FOLDER);
        if (!Files.isDirectory(parts)) {
            return false;
        }
        String prefix = partition.substring(partition.length() - 3) + "-";
        try (var files = Files.walk(parts)) {
            return files.anyMatch(f -> f.getParent().getFileName().toString().equals(StagedTable.SIGHTINGS.folder())
                    && f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".parquet"));
        }
    }

    private Process start(Path log, Path jobs, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--jobs", jobs.toString(), "--repository", postgres));
        if (!List.of(args).contains("--broker")) {
            cmd.addAll(List.of("--broker", broker));
        }
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(p);
        return p;
    }
}
