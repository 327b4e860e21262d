package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelistings.output.FileDigest;
import org.archivelistings.output.InputRow;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an upgrade of the rules or code, an incremental run reads every file again; with the same, it carries them. */
class RulesChangedPlanTest {
    static final String OLD = "0.1.0+0123456789abcdef";
    static final String NEW = "0.1.1+fedcba9876543210";
    static final String OUTPUTS = "\"outputs\":[{\"file\":\"sightings.jsonl\"},{\"file\":\"sightings.parquet\"}]";

    @TempDir
    Path dir;

    Path input;
    Path output;

    @BeforeEach
    void previousRun() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        output = Files.createDirectories(dir.resolve("output"));
        Files.writeString(input.resolve("a.txt"), "page a\n");
        Files.writeString(input.resolve("b.txt"), "page b\n");
        StringBuilder inputs = new StringBuilder();
        for (String f : List.of("a.txt", "b.txt")) {
            Path p = input.resolve(f);
            inputs.append(JsonLines.line(new InputRow(f, FileDigest.sha256(p), Files.size(p), "new", 1))).append('\n');
        }
        Files.writeString(output.resolve(Table.INPUTS.jsonl()), inputs);
        manifest("{\"job\":\"j\",\"run_id\":1,\"rules_version\":\"" + OLD + "\"," + OUTPUTS + "}");
    }

    void manifest(String json) throws Exception {
        Files.writeString(output.resolve("manifest.json"), json);
    }

    RunPlan plan(String rulesVersion) throws Exception {
        return RunPlan.make(input, output, false, 2, 1, rulesVersion);
    }

    @Test
    void theSameRulesCarryTheUnchangedFiles() throws Exception {
        RunPlan plan = plan(OLD);
        assertThat(plan.toRead()).isEmpty();
        assertThat(plan.carried()).containsExactly("a.txt", "b.txt");
        assertThat(plan.inputs()).extracting(InputRow::status).containsExactly("unchanged", "unchanged");
        assertThat(plan.inputs()).extracting(InputRow::readInRun).containsExactly(1L, 1L);
        assertThat(plan.nothingToDo()).isTrue();
        assertThat(plan.rulesChanged()).isFalse();
        assertThat(plan.rulesVersion()).isEqualTo(OLD);
    }

    @Test
    void otherRulesReadEveryFileAgain() throws Exception {
        RunPlan plan = plan(NEW);
        assertThat(plan.toRead()).containsExactly("a.txt", "b.txt");
        assertThat(plan.carried()).isEmpty();
        assertThat(plan.inputs()).extracting(InputRow::status).containsExactly("rules-changed", "rules-changed");
        assertThat(plan.inputs()).extracting(InputRow::readInRun).containsExactly(2L, 2L);
        assertThat(plan.nothingToDo()).isFalse();
        assertThat(plan.rulesChanged()).isTrue();
        assertThat(plan.rulesVersion()).as("what the manifest will say").isEqualTo(NEW);
    }

    @Test
    void aChangedOrNewFileKeepsItsStatusWhenTheRulesChangeToo() throws Exception {
        Files.writeString(input.resolve("a.txt"), "page a, edited\n");
        Files.writeString(input.resolve("c.txt"), "page c\n");
        Files.delete(input.resolve("b.txt"));
        RunPlan plan = plan(NEW);
        assertThat(plan.inputs()).extracting(InputRow::sourceFile, InputRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.txt", "changed"),
                        org.assertj.core.groups.Tuple.tuple("c.txt", "new"));
        assertThat(plan.removed()).isEqualTo(1);
    }

    @Test
    void aManifestWithoutRulesVersionIsUnknownSoEverythingIsRead() throws Exception {
        manifest("{\"job\":\"j\",\"run_id\":1}");
        assertThat(plan(OLD).toRead()).containsExactly("a.txt", "b.txt");
        manifest("{\"job\":\"j\",\"rules_version\":null}");
        assertThat(plan(OLD).toRead()).containsExactly("a.txt", "b.txt");
        manifest("{\"job\":\"j\",\"rules_version\":17}");
        assertThat(plan(OLD).toRead()).containsExactly("a.txt", "b.txt");
        manifest("{not json");
        assertThat(RunPlan.previousRulesVersion(output)).isNull();
        assertThat(plan(OLD).inputs()).extracting(InputRow::status).containsOnly("rules-changed");
    }

    @Test
    void theRulesVersionSurvivesTheSavedPlanOfARestart() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        plan(NEW).save(work);
        RunPlan loaded = RunPlan.load(work);
        assertThat(loaded.rulesVersion()).isEqualTo(NEW);
        assertThat(loaded.inputs()).extracting(InputRow::status).containsOnly("rules-changed");
    }

    @Test
    void aFullRunReadsEverythingAsNew() throws Exception {
        RunPlan plan = RunPlan.make(input, output, true, 2, 1, OLD);
        assertThat(plan.toRead()).containsExactly("a.txt", "b.txt");
        assertThat(plan.inputs()).extracting(InputRow::status).containsOnly("new");
    }
}
