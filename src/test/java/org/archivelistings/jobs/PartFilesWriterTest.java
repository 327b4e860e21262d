package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelistings.output.RejectRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The staged parts keep the restart contract: what was committed stays, what was not is gone. */
class PartFilesWriterTest {
    @TempDir
    Path run;

    private static Chunk<ProcessedItem> chunk(String... lines) {
        return new Chunk<>(List.of(lines).stream()
                .<ProcessedItem>map(l -> new ProcessedItem.Rejected(new RejectRow("f.txt", null, 1, "r", "m", l)))
                .toList());
    }

    @Test
    void aRestartDeletesThePartsOfChunksThatNeverCommitted() throws Exception {
        ExecutionContext committed = new ExecutionContext();
        PartFilesWriter writer = new PartFilesWriter(run, 1);
        writer.open(committed);
        writer.write(chunk("a", "b"));
        writer.update(committed); // the chunk's transaction commits its context
        writer.write(chunk("c")); // a crash before this chunk's commit
        Files.writeString(PartFiles.part(run, StagedTable.REJECTS, 1, 2).resolveSibling("001-000002.parquet.tmp"), "half");
        assertThat(PartFiles.list(run, StagedTable.REJECTS)).hasSize(2);

        PartFilesWriter restarted = new PartFilesWriter(run, 1);
        restarted.open(committed);
        assertThat(PartFiles.list(run, StagedTable.REJECTS)).containsExactly(PartFiles.part(run, StagedTable.REJECTS, 1, 0));
        assertThat(Files.list(run.resolve(StagedTable.REJECTS.folder())).count()).isEqualTo(1);

        restarted.write(chunk("c"));
        restarted.update(committed);
        assertThat(PartFiles.list(run, StagedTable.REJECTS)).containsExactly(
                PartFiles.part(run, StagedTable.REJECTS, 1, 0), PartFiles.part(run, StagedTable.REJECTS, 1, 1));
        assertThat(committed.getInt("parts.1.count")).isEqualTo(2);
    }

    @Test
    void anotherPartitionsPartsAreLeftAlone() throws Exception {
        PartFilesWriter zero = new PartFilesWriter(run, 0);
        zero.open(new ExecutionContext());
        zero.write(chunk("x"));
        PartFilesWriter one = new PartFilesWriter(run, 1);
        one.open(new ExecutionContext());
        assertThat(PartFiles.list(run, StagedTable.REJECTS)).containsExactly(PartFiles.part(run, StagedTable.REJECTS, 0, 0));
    }
}
