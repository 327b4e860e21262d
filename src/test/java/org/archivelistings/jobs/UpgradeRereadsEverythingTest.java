package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelistings.output.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The whole job: the manifest names the rules version, and a run after an upgrade reads every file again. */
class UpgradeRereadsEverythingTest {
    @TempDir
    Path dir;

    @Test
    void aRunAfterAnUpgradeReadsEveryFileAndSaysWhy() throws Exception {
        Path input = JobFixtures.samplePages(dir);
        Path output = dir.resolve("out");
        try (JobRunner runner = JobFixtures.runner(dir)) {
            assertThat(runner.run(JobFixtures.job("up", input, output, 50)).status()).isEqualTo("COMPLETED");
            assertThat(rulesVersion(output)).isEqualTo(RulesVersion.current());
            String firstRun = Files.readString(output.resolve("sightings.jsonl"));
            assertThat(runner.run(JobFixtures.job("up", input, output, 50)).status()).isEqualTo("NOOP");

            // As if the previous run had been made by an older release.
            Path manifest = output.resolve("manifest.json");
            String older = Files.readString(manifest).replace(RulesVersion.current(), "0.0.9+0000000000000000");
            Files.writeString(manifest, older);
            RunOutcome upgraded = runner.run(JobFixtures.job("up", input, output, 50));
            assertThat(upgraded.status()).as(upgraded.message()).isEqualTo("COMPLETED");
            assertThat(rulesVersion(output)).isEqualTo(RulesVersion.current());
            assertThat(Files.readString(output.resolve("sightings.jsonl"))).isEqualTo(firstRun);
        }
        List<String> statuses = Files.readAllLines(output.resolve("inputs.jsonl")).stream()
                .map(line -> JsonLines.mapper().readTree(line).get("status").asString())
                .toList();
        assertThat(statuses).isNotEmpty().containsOnly("rules-changed");
        JsonNode counts = JsonLines.mapper().readTree(output.resolve("manifest.json").toFile()).get("counts");
        assertThat(counts.get("files_carried").asInt()).isZero();
        assertThat(counts.get("files_read").asInt()).isEqualTo(statuses.size());
    }

    static String rulesVersion(Path output) {
        return JsonLines.mapper().readTree(output.resolve("manifest.json").toFile()).path("rules_version").asString();
    }
}
