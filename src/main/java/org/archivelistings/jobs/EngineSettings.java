package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.file.Path;
import org.archivelistings.output.TableEngine;

/**
 * How the embedded engine may use the machine: its memory limit (beyond it, it spills to the work folder)
 * and threads. 4 GB: the documents query over a million sightings ran out of 384 MB and 1 GB (its list
 * aggregates do not spill) and took 70 s at 768 MB, spilling; with room it takes 16 s. The system
 * properties {@code archive-listings.engine-memory} and {@code archive-listings.engine-threads} change them.
 */
record EngineSettings(String memoryLimit, int threads) {
    static EngineSettings fromSystem() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new EngineSettings(System.getProperty("archive-listings.engine-memory", "4GB"),
                Integer.getInteger("archive-listings.engine-threads", cores));
    }

    TableEngine open(Path workDir) throws IOException {
        return new TableEngine(workDir.resolve("engine-spill"), memoryLimit, threads);
    }

    /** An engine that spills to a folder of its own, {@code name}, beside other engines that run at once. */
    TableEngine open(Path workDir, String name) throws IOException {
        return new TableEngine(workDir.resolve("engine-spill").resolve(name), memoryLimit, threads);
    }
}
