package org.archivelistings.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the read step into the run plan's partitions: each partition's step execution context holds its
 * number and its input files, so that whoever runs it (a thread here, a worker process elsewhere) needs
 * nothing else. Partition numbers follow {@link RunPlan#partitions()}, so part names sort in input order.
 * Always the same partitions for a run (the plan is saved), which Spring Batch needs to restart them.
 */
final class ReadPartitioner implements Partitioner {
    static final String INDEX = "partition.index";
    static final String FILES = "partition.files";

    private final List<List<String>> partitions;

    ReadPartitioner(List<List<String>> partitions) {
        this.partitions = partitions;
    }

    /** The partition's key: the step execution is named {@code read-partition:KEY}. */
    static String key(int index) {
        return String.format("p%03d", index);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < partitions.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, i);
            // An ArrayList: the context is serialized into the job repository.
            context.put(FILES, new ArrayList<>(partitions.get(i)));
            contexts.put(key(i), context);
        }
        return contexts;
    }

    @SuppressWarnings("unchecked")
    static List<String> files(ExecutionContext context) {
        Object files = context.get(FILES);
        if (!(files instanceof List<?>)) {
            throw new IllegalStateException("the step execution context holds no partition file list (" + FILES + ")");
        }
        return (List<String>) files;
    }
}
