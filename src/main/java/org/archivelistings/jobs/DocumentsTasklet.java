package org.archivelistings.jobs;

import java.nio.file.Path;
import org.archivelistings.merge.DocumentsAggregation;
import org.archivelistings.output.Folders;
import org.archivelistings.output.Table;
import org.archivelistings.output.TableEngine;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The documents step, after every range is merged: links across ranges, the ranges' rows in id order as
 * the staged documents table ({@link DocumentsAggregation#finish}), then the ranges' files go.
 */
final class DocumentsTasklet implements Tasklet {
    private final Path workDir;
    private final EngineSettings engine;

    DocumentsTasklet(Path workDir, EngineSettings engine) {
        this.workDir = workDir;
        this.engine = engine;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path ranges = AggregateTasklet.documentRanges(workDir);
        try (TableEngine db = engine.open(workDir)) {
            new DocumentsAggregation(db, ranges).finish(AggregateTasklet.staged(workDir, Table.DOCUMENTS));
        }
        Folders.deleteTree(ranges);
        return RepeatStatus.FINISHED;
    }
}
