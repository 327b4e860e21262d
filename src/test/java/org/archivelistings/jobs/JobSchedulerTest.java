package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSchedulerTest {
    @TempDir
    Path dir;

    @Test
    void startsScheduledJobsOnTimeAndKeepsGoingWhenARunFails() throws Exception {
        Path input = JobFixtures.samplePages(dir);
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("every.properties"),
                "input=" + input + "\noutput=" + dir.resolve("out") + "\nchunk-size=5\nschedule=*/2 * * * * *\n");
        Files.writeString(jobs.resolve("broken.properties"),
                "input=" + dir.resolve("missing") + "\noutput=" + dir.resolve("out2") + "\nschedule=*/2 * * * * *\n");
        Files.writeString(jobs.resolve("manual.properties"), "input=" + input + "\n");
        try (JobRunner runner = JobFixtures.runner(dir); JobScheduler scheduler = new JobScheduler(runner)) {
            assertThat(scheduler.scheduleAll(jobs)).containsExactly("broken", "every");
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline
                    && (scheduler.outcomes("every").size() < 2 || scheduler.outcomes("broken").size() < 2)) {
                Thread.sleep(200);
            }
            List<RunOutcome> every = scheduler.outcomes("every");
            assertThat(every).hasSizeGreaterThanOrEqualTo(2);
            assertThat(every.get(0).status()).isEqualTo("COMPLETED");
            assertThat(every.get(1).status()).as("nothing new the second time").isEqualTo("NOOP");
            assertThat(scheduler.outcomes("broken")).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(o -> assertThat(o.message()).contains("does not exist"));
        }
        assertThat(dir.resolve("out").resolve("sightings.parquet")).exists();
    }

    @Test
    void readsCrontabExpressionsToo() {
        assertThat(JobScheduler.cron("0 2 * * *").toString()).isEqualTo("0 0 2 * * *");
    }
}
