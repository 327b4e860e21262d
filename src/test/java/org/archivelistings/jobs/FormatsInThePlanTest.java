package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.archivelistings.output.FileDigest;
import org.archivelistings.output.InputRow;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan carries the formats a run writes; asking for other formats than the last run's is never "nothing new". */
class FormatsInThePlanTest {
    static final Set<OutputFormat> BOTH = EnumSet.allOf(OutputFormat.class);
    static final Set<OutputFormat> PARQUET = EnumSet.of(OutputFormat.PARQUET);

    @TempDir
    Path dir;

    Path input;
    Path output;

    @BeforeEach
    void previousRun() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        output = Files.createDirectories(dir.resolve("output"));
        Path page = Files.writeString(input.resolve("a.txt"), "page a\n");
        Files.writeString(output.resolve(Table.INPUTS.jsonl()),
                JsonLines.line(new InputRow("a.txt", FileDigest.sha256(page), Files.size(page), "new", 1)) + "\n");
    }

    /** A previous manifest listing these output files. */
    void wrote(String... files) throws Exception {
        StringBuilder outputs = new StringBuilder();
        for (String f : files) {
            outputs.append(outputs.length() == 0 ? "" : ",").append("{\"file\":\"").append(f).append("\",\"rows\":1}");
        }
        Files.writeString(output.resolve("manifest.json"),
                "{\"rules_version\":\"v\",\"outputs\":[" + outputs + "]}");
    }

    RunPlan plan(Set<OutputFormat> formats) throws Exception {
        return RunPlan.make(input, output, false, 2, 1, "v", formats);
    }

    @Test
    void theSameFormatsAsLastTimeAndNothingNewIsNothingToDo() throws Exception {
        wrote("sightings.jsonl", "sightings.parquet", "inputs.jsonl", "inputs.parquet");
        RunPlan plan = plan(BOTH);
        assertThat(plan.formats()).isEqualTo(BOTH);
        assertThat(plan.formatsChanged()).isFalse();
        assertThat(plan.nothingToDo()).isTrue();
    }

    @Test
    void droppingJsonLinesNeedsARunThatCarriesEveryRow() throws Exception {
        wrote("sightings.jsonl", "sightings.parquet", "inputs.jsonl", "inputs.parquet");
        RunPlan plan = plan(PARQUET);
        assertThat(plan.formats()).isEqualTo(PARQUET);
        assertThat(plan.formatsChanged()).isTrue();
        assertThat(plan.nothingToDo()).isFalse();
        assertThat(plan.toRead()).as("the rows themselves are current").isEmpty();
        assertThat(plan.carried()).containsExactly("a.txt");
    }

    @Test
    void addingJsonLinesBackNeedsARunToo() throws Exception {
        wrote("sightings.parquet", "documents.parquet", "inputs.jsonl", "inputs.parquet");
        assertThat(RunPlan.previousFormats(output)).as("inputs.jsonl is always written").isEqualTo(PARQUET);
        assertThat(plan(BOTH).nothingToDo()).isFalse();
        assertThat(plan(PARQUET).nothingToDo()).isTrue();
    }

    @Test
    void unknownPreviousFormatsNeedARun() throws Exception {
        Files.writeString(output.resolve("manifest.json"), "{\"rules_version\":\"v\"}");
        assertThat(RunPlan.previousFormats(output)).isNull();
        assertThat(plan(BOTH).formatsChanged()).isTrue();
    }

    @Test
    void theFormatsSurviveTheSavedPlanOfARestart() throws Exception {
        wrote("sightings.jsonl", "inputs.jsonl");
        Path work = Files.createDirectories(dir.resolve("work"));
        plan(PARQUET).save(work);
        assertThat(RunPlan.load(work).formats()).isEqualTo(PARQUET);
        assertThat(RunPlan.load(work).formatsChanged()).isTrue();
    }

    @Test
    void aJobsPlanTakesItsFormatsThreadsAndTheRunningRules() throws Exception {
        JobDefinition job = new JobDefinition("j", input, output, 10, "auto", "", 3, PARQUET);
        RunPlan plan = RunPlan.make(job, true, 5);
        assertThat(plan.formats()).isEqualTo(PARQUET);
        assertThat(plan.threads()).isEqualTo(3);
        assertThat(plan.rulesVersion()).isEqualTo(RulesVersion.current());
    }
}
