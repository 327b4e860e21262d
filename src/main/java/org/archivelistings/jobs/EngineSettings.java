package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.file.Path;
import org.archivelistings.output.TableEngine;

/**
 * How the embedded engine may use the machine: its memory limit (beyond it, it spills to the work folder)
 * and threads. 512 MB: with the documents merged by ranges of about 100,000 sightings, a million records
 * aggregate in it (peak RSS 1.26 GB with the 512 MB heap, against 1.75 GB at a 1 GB limit and 4.4 GB
 * when one documents query held every group at a 4 GB limit; the same rows each time). The system
 * properties {@code archive-listings.engine-memory} and {@code archive-listings.engine-threads} change them.
 */
record EngineSettings(String memoryLimit, int threads) {
    static EngineSettings fromSystem() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new EngineSettings(System.getProperty("archive-listings.engine-memory", "512MB"),
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
