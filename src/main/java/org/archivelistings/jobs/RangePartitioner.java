package org.archivelistings.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.archivelistings.merge.DocumentsAggregation;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the documents merge into the ranges of document ids the aggregate step split the sightings into:
 * a partition per range that holds sightings, known by the range number in its name ({@code rNNN}).
 */
final class RangePartitioner implements Partitioner {
    private final Path folder;

    RangePartitioner(Path folder) {
        this.folder = folder;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        try {
            for (int range : DocumentsAggregation.ranges(folder)) {
                contexts.put(String.format("r%03d", range), new ExecutionContext());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the document ranges in " + folder, e);
        }
        return contexts;
    }
}
