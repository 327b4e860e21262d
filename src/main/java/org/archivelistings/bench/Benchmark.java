package org.archivelistings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.Folders;
import org.archivelistings.output.JsonLines;
import tools.jackson.databind.JsonNode;

/**
 * The end-to-end benchmark: generates N records of listing pages (once, cached by size and seed), runs
 * the real job on them in a child JVM with a fixed heap, and prints records per second, MB per second,
 * wall time per step, peak heap and peak RSS.
 */
public final class Benchmark {
    private final Path work;
    private final String heap;
    private final long seed;
    private final Set<OutputFormat> formats;

    public Benchmark(Path work, String heap, long seed, Set<OutputFormat> formats) {
        this.work = work;
        this.heap = heap;
        this.seed = seed;
        this.formats = formats;
    }

    /** Runs each size and prints a line of figures per size to {@code out}. */
    public void run(List<Long> sizes, java.io.PrintStream out) throws IOException, InterruptedException {
        out.println("formats: " + OutputFormat.toList(formats));
        out.printf("%-10s %10s %12s %8s %9s %10s %8s %10s  %s%n", "records", "wall s", "records/s", "MB/s", "heap MB",
                "RSS MB", "CPU s", "documents", "steps: wall s / CPU s");
        for (long n : sizes) {
            Path input = work.resolve("input-" + n + "-seed" + seed);
            Path done = input.resolve(".complete");
            long bytes;
            if (Files.exists(done)) {
                bytes = Long.parseLong(Files.readString(done).trim());
            } else {
                Folders.deleteTree(input);
                ListingGenerator.Result r = new ListingGenerator(seed).generate(input, n);
                bytes = r.bytes();
                Files.writeString(done, String.valueOf(bytes));
            }
            Path runDir = work.resolve("run-" + n);
            Folders.deleteTree(runDir);
            JsonNode f = child(input, runDir);
            double wall = f.get("wall_seconds").asDouble();
            out.printf("%-10d %10.2f %,12.0f %8.1f %9.0f %10.0f %8.1f %10d  %s%n", f.get("records").asLong(), wall,
                    f.get("records").asLong() / wall, bytes / 1e6 / wall, f.get("peak_heap_mb").asDouble(),
                    f.get("peak_rss_mb").asDouble(), f.get("cpu_seconds").asDouble(), f.get("documents").asLong(),
                    steps(f));
            StringBuilder written = new StringBuilder("  bytes written:");
            f.get("bytes").properties().forEach(e -> written.append(' ').append(e.getKey()).append(' ')
                    .append(String.format("%,d", e.getValue().asLong())));
            out.println(written);
            if (!"COMPLETED".equals(f.get("status").asString())) {
                out.println("  run did not complete: " + f.get("message").asString());
            }
        }
    }

    /** "read 9.1/17.0, aggregate 1.2/2.0, ...": each step's wall and CPU seconds. */
    private static String steps(JsonNode f) {
        java.util.Map<String, Double> wall = new java.util.LinkedHashMap<>();
        f.get("steps").properties().forEach(e -> {
            String step = e.getKey().startsWith("read-") ? "read" : e.getKey();
            wall.merge(step, e.getValue().asDouble(), Math::max);
        });
        StringBuilder s = new StringBuilder();
        wall.forEach((step, seconds) -> {
            JsonNode cpu = f.get("cpu_steps").get(step);
            s.append(s.length() == 0 ? "" : ", ").append(step).append(' ')
                    .append(String.format("%.1f/%.1f", seconds, cpu == null ? 0.0 : cpu.asDouble()));
        });
        return s.toString();
    }

    private JsonNode child(Path input, Path runDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-Xms" + heap);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchmarkRun.class.getName());
        cmd.add(input.toString());
        cmd.add(runDir.toString());
        cmd.add("1000");
        cmd.add(OutputFormat.toList(formats));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                last = line;
            }
        }
        int code = p.waitFor();
        if (code != 0 || last == null) {
            throw new IOException("benchmark run exited with " + code);
        }
        return JsonLines.mapper().readTree(last);
    }
}
