package org.archivelistings.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.archivelistings.merge.DocumentsBuilder;
import org.archivelistings.output.DocumentRow;
import org.archivelistings.output.Table;
import org.archivelistings.output.TwinTableWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * Merges the staged sightings into documents (see {@link DocumentsBuilder}) and writes the final
 * sightings. Starts from scratch each time, so a restart after a crash here is safe.
 */
final class DocumentsTasklet implements Tasklet {
    static final String DOCUMENTS = "documents.count";
    static final String MERGED = "documents.merged";
    static final String RELATED = "documents.related";

    private final Path workDir;

    DocumentsTasklet(Path workDir) {
        this.workDir = workDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path staged = CarryTasklet.combined(workDir, Table.SIGHTINGS);
        Path tmp = workDir.resolve("merge-tmp");
        deleteTree(tmp);
        DocumentsBuilder.Result result;
        try (PeopleByRecord people = new PeopleByRecord(workDir);
                TwinTableWriter<DocumentRow> documents = new TwinTableWriter<>(workDir, Table.DOCUMENTS, DocumentRow.class)) {
            result = new DocumentsBuilder().build(staged, workDir.resolve(Table.SIGHTINGS.jsonl()), documents, tmp, people::of);
        }
        deleteTree(tmp);
        ExecutionContext ctx = contribution.getStepExecution().getExecutionContext();
        ctx.putLong(DOCUMENTS, result.documents());
        ctx.putLong(MERGED, result.mergedSightings());
        ctx.putLong(RELATED, result.relatedLinks());
        contribution.incrementWriteCount(result.documents());
        return RepeatStatus.FINISHED;
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
