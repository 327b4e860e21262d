package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.file.Path;
import org.archivelistings.output.TableEngine;

/**
 * How the embedded engine may use the machine: its memory limit (beyond it, it spills to the work folder)
 * and threads. 256 MB: with the documents merged by ranges of about 50,000 sightings no query needs
 * more (ranges of 100,000 sometimes ran out of it), and the engine keeps what its limit allows, so
 * the limit is most of the process's growth beyond the heap. A million records with the 512 MB heap:
 * peak RSS 1,026 MB at 256 MB, 1,287 MB at 512 MB, 4.4 GB at 4 GB with one documents query; the same
 * rows each time. The system properties {@code archive-listings.engine-memory} and
 * {@code archive-listings.engine-threads} change them (e.g. {@code java -Darchive-listings.engine-memory=2GB}).
 */
record EngineSettings(String memoryLimit, int threads) {
    static EngineSettings fromSystem() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new EngineSettings(System.getProperty("archive-listings.engine-memory", "256MB"),
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
