package org.archivelistings.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.archivelistings.jobs.JobDefinition;
import org.archivelistings.jobs.JobRunner;
import org.archivelistings.jobs.RunOutcome;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.OutputFormat;

/**
 * One measured run of the real job, in a JVM of its own so that its heap setting and peak RSS are its
 * own: {@code java -Xmx512m -cp archive-listings.jar org.archivelistings.bench.BenchmarkRun INPUT WORK [CHUNK [FORMATS]]}.
 * Prints one JSON object with the figures.
 */
public final class BenchmarkRun {
    private BenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Set<OutputFormat> formats = OutputFormat.parseList(args.length > 3 ? args[3] : "parquet,jsonl");
        Files.createDirectories(work);
        long t0 = System.nanoTime();
        Map<String, Object> figures = new LinkedHashMap<>();
        try (JobRunner runner = JobRunner.open(null, null, null, work.resolve("repo"))) {
            RunOutcome outcome = runner.run(new JobDefinition("bench", input, work.resolve("out"), chunk, "UTF-8", "",
                    0, formats));
            long wallNanos = System.nanoTime() - t0;
            figures.put("status", outcome.status());
            figures.put("message", outcome.message());
            figures.put("wall_seconds", wallNanos / 1e9);
            var steps = runner.stepFigures(outcome.executionId());
            figures.put("steps", steps.wallSeconds());
            figures.put("cpu_steps", steps.cpuSeconds());
        }
        var manifest = JsonLines.mapper().readTree(work.resolve("out").resolve("manifest.json").toFile());
        figures.put("records", manifest.get("counts").get("records_read").asLong());
        figures.put("documents", manifest.get("counts").get("documents").asLong());
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (var file : manifest.get("outputs")) {
            bytes.put(file.get("file").asString(), file.get("bytes").asLong());
        }
        figures.put("bytes", bytes);
        figures.put("cpu_seconds", processCpuNanos() / 1e9);
        figures.put("peak_heap_mb", peakHeapBytes() / 1e6);
        figures.put("peak_rss_mb", peakRssKb() / 1e3);
        System.out.println(JsonLines.line(figures));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM: the process's peak resident set, as the kernel counts it. */
    static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
