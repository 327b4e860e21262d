package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.archivelistings.output.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class IncrementalAndBadInputTest {
    static final List<String> TABLES = List.of("sightings", "documents", "dates", "mentions", "people", "rejects");

    @TempDir
    Path dir;

    @Test
    void anIncrementalRunGivesTheTablesOfAFullRunAndANoopWhenNothingChanged() throws Exception {
        Path input = JobFixtures.samplePages(dir);
        Path seed = input.resolve("000_9b0440cc6d5a4f0b.txt");
        Path output = dir.resolve("out");
        Path full = dir.resolve("full");
        try (JobRunner runner = JobFixtures.runner(dir)) {
            assertThat(runner.run(JobFixtures.job("inc", input, output, 5)).status()).isEqualTo("COMPLETED");

            RunOutcome noop = runner.run(JobFixtures.job("inc", input, output, 5));
            assertThat(noop.status()).isEqualTo("NOOP");
            assertThat(noop.succeeded()).isTrue();
            assertThat(noop.message()).contains("nothing new");

            // A new page before the others in file order, and a changed one.
            Files.writeString(input.resolve("0000_new.txt"), "Skip to content\n\n\n1 - 2 of 2\n\n\nMay 2, 1960\n\n"
                    + "Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 2 May 1960\n\n"
                    + "Kim Il Sung and Puzanov discuss economic questions.\n\n1958\n\nNote on Pak Chang-ok\n\n");
            Files.writeString(seed, Files.readString(seed).replace("Nam Il speaks", "Nam Il talks"));
            RunOutcome incremental = runner.run(JobFixtures.job("inc", input, output, 5));
            assertThat(incremental.status()).as(incremental.message()).isEqualTo("COMPLETED");
            assertThat(runner.run(JobFixtures.job("ful", input, full, 5), true).status()).isEqualTo("COMPLETED");
        }
        for (String table : TABLES) {
            assertThat(Files.readAllLines(output.resolve(table + ".jsonl")))
                    .as(table).containsExactlyElementsOf(Files.readAllLines(full.resolve(table + ".jsonl")));
        }
        JsonNode counts = JsonLines.mapper().readTree(output.resolve("manifest.json").toFile()).get("counts");
        assertThat(counts.get("files_read").asInt()).isEqualTo(2);
        assertThat(counts.get("files_carried").asInt()).isEqualTo(1);
        assertThat(counts.get("records_read").asLong()).isEqualTo(counts.get("sightings").asLong() + counts.get("rejected").asLong());
        assertThat(Files.readString(output.resolve("sightings.jsonl"))).contains("Nam Il talks").doesNotContain("Nam Il speaks");
    }

    @Test
    void badFilesGoToRejectsWithTheirReasonAndTheRunGoesOn() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        String page = "Skip to content\n\n\n1 - 1 of 1\n\n\nSeptember 16, 1956\n\nCable from Cde. Mikoyan — “Jeleń” café\n\n"
                + "Mikoyan reports on a conversation with Mao Zedong.\n\n";
        Files.write(input.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(input.resolve("bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page.getBytes(StandardCharsets.UTF_8)));
        Files.write(input.resolve("cp1252.txt"), page.replace("ń", "n").replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(input.resolve("empty.txt"), "");
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        Files.write(input.resolve("binary.bin"), binary);
        Files.writeString(input.resolve("long.txt"), "x".repeat(20_000_000));
        Files.writeString(input.resolve("pages.jsonl"), "{\"id\":\"a\",\"text\":\"September 18, 1956\\n\\nDraft Telegram from A. Mikoyan\\n\\n\"}\nnot json\n");
        Path output = dir.resolve("out");
        try (JobRunner runner = JobFixtures.runner(dir)) {
            RunOutcome outcome = runner.run(JobFixtures.job("bad", input, output, 3));
            assertThat(outcome.status()).as(outcome.message()).isEqualTo("COMPLETED");
        }
        List<JsonNode> sightings = rows(output.resolve("sightings.jsonl"));
        assertThat(sightings).extracting(s -> s.get("title").asString())
                .contains("Cable from Cde. Mikoyan — “Jeleń” café", "Cable from Cde. Mikoyan — “Jelen” café",
                        "Draft Telegram from A. Mikoyan");
        assertThat(sightings.stream().filter(s -> s.get("source_file").asString().equals("utf16.txt"))).hasSize(1);
        assertThat(sightings.stream().filter(s -> s.get("source_file").asString().equals("bom.txt"))).hasSize(1);
        List<JsonNode> rejects = rows(output.resolve("rejects.jsonl"));
        assertThat(rejects).anySatisfy(r -> {
            assertThat(r.get("source_file").asString()).isEqualTo("pages.jsonl");
            assertThat(r.get("line").asInt()).isEqualTo(2);
            assertThat(r.get("reason").asString()).isEqualTo("malformed-page-line");
        });
        assertThat(rejects).anySatisfy(r -> assertThat(r.get("source_file").asString()).isEqualTo("binary.bin"));
        assertThat(rejects).anySatisfy(r -> {
            assertThat(r.get("source_file").asString()).isEqualTo("long.txt");
            assertThat(r.get("raw_text").asString()).hasSize(PageItemReader.MAX_FRAGMENT);
            assertThat(r.get("message").asString()).contains("cut to 100000 of its 20000000 characters");
        });
        JsonNode counts = JsonLines.mapper().readTree(output.resolve("manifest.json").toFile()).get("counts");
        assertThat(counts.get("records_read").asLong()).isEqualTo(counts.get("sightings").asLong() + counts.get("rejected").asLong());
    }

    private static List<JsonNode> rows(Path jsonl) throws Exception {
        return Files.readAllLines(jsonl).stream().map(l -> JsonLines.mapper().readTree(l)).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
