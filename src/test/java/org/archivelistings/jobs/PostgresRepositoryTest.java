package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.archivelistings.bench.ListingGenerator;
import org.archivelistings.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job repository on a real PostgreSQL server: .ci/run starts one (Debian's postgresql) and passes
 * its URL in ARCHIVE_LISTINGS_TEST_POSTGRES; without it the test is skipped and says why.
 */
class PostgresRepositoryTest {
    static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void server() {
        url = System.getenv("ARCHIVE_LISTINGS_TEST_POSTGRES");
        assumeTrue(url != null && !url.isBlank(),
                "no PostgreSQL server: set ARCHIVE_LISTINGS_TEST_POSTGRES (bash .ci/start-postgres prints a URL)");
    }

    @Test
    void runsTheJobWithItsRepositoryOnPostgres() throws Exception {
        Path input = JobFixtures.samplePages(dir);
        Path output = dir.resolve("out");
        String job = "pg" + System.nanoTime();
        try (JobRunner runner = JobRunner.open(url, null, null, dir)) {
            RunOutcome outcome = runner.run(JobFixtures.job(job, input, output, 7));
            assertThat(outcome.status()).as(outcome.message()).isEqualTo("COMPLETED");
            assertThat(runner.status(job, 5)).hasSize(1).first().asString().contains("COMPLETED");
        }
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM batch_job_instance WHERE job_name = '" + job + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(output.resolve("sightings.parquet")).exists();
    }

    @Test
    void killedRunRestartsFromPostgres() throws Exception {
        Path input = dir.resolve("pages");
        new ListingGenerator(5L).generate(input, 60_000);
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String job = "pgkill" + System.nanoTime();
        Files.writeString(jobs.resolve(job + ".properties"), "input=" + input + "\nchunk-size=500\n");
        Path out = dir.resolve("out");
        Process p = start(jobs, "run", job, "--output", out.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && !StagedParts.moreThan(out, 10)) {
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        Process r = start(jobs, "restart", job);
        assertThat(r.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(r.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();

        Path clean = dir.resolve("clean");
        try (JobRunner runner = JobRunner.open(url, null, null, dir)) {
            RunOutcome outcome = runner.run(JobFixtures.job(job + "c", input, clean, 500));
            assertThat(outcome.status()).as(outcome.message()).isEqualTo("COMPLETED");
        }
        for (String table : List.of("sightings", "documents", "rejects")) {
            assertThat(Files.readAllLines(out.resolve(table + ".jsonl")))
                    .as(table).containsExactlyElementsOf(Files.readAllLines(clean.resolve(table + ".jsonl")));
        }
    }

    private Process start(Path jobs, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--jobs", jobs.toString(),
                "--repository", url));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }
}
