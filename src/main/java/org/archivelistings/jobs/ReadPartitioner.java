package org.archivelistings.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the read step into the run plan's partitions. A partition is known by its number, in its step
 * name ({@code read-partition:p003}); whoever runs it (a thread here, a worker process elsewhere) takes
 * its files from the run plan saved in the run's work folder on the shared output
 * ({@link RunPlan#partitions()}). Nothing goes in its step execution context: the repository rewrites
 * a context at every commit, and 50,000 file names in it were megabytes per chunk (H2 ran out of memory
 * at 220,000 records). Partition numbers follow the plan's, so part names sort in input order; a saved
 * plan gives the same partitions on a restart.
 */
final class ReadPartitioner implements Partitioner {
    private final int partitions;

    ReadPartitioner(int partitions) {
        this.partitions = partitions;
    }

    /**
     * The number of the partition a step execution runs, from its name ({@code read-partition:p003},
     * {@code merge-range:r005}), which Spring Batch gives it when it creates it. The number is not kept
     * in the context too: a run killed between creating a partition's step execution and saving its
     * context restarts that partition with an empty one.
     */
    static int index(org.springframework.batch.core.step.StepExecution execution) {
        String name = execution.getStepName();
        int colon = name.lastIndexOf(':');
        if (colon < 0 || colon + 2 > name.length()) {
            throw new IllegalStateException("step execution " + name + " is not a partition (name:pNNN or name:rNNN)");
        }
        return Integer.parseInt(name.substring(colon + 2));
    }

    /** The partition's key: the step execution is named {@code read-partition:KEY}. */
    static String key(int index) {
        return String.format("p%03d", index);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            contexts.put(key(i), new ExecutionContext());
        }
        return contexts;
    }
}
