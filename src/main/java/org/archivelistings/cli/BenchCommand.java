package org.archivelistings.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.archivelistings.bench.Benchmark;
import org.archivelistings.bench.ComponentBenchmark;
import org.archivelistings.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: the benchmarks (commands that print figures, never timed tests). */
@Command(name = "bench",
        description = "Runs the job on generated input of each size in a child JVM and prints records/s, MB/s, "
                + "step times, peak heap and RSS.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--records", split = ",", defaultValue = "100000,1000000",
            description = "Sizes (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--heap", defaultValue = "512m",
            description = "Heap of the measured JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", defaultValue = "target/bench",
            description = "Where generated input and runs go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", defaultValue = "1956", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--formats", defaultValue = "parquet,jsonl",
            description = "Formats the measured job writes (default: ${DEFAULT-VALUE}); parquet alone skips JSON Lines.")
    String formats;

    @Option(names = "--components", description = "Time the page reader, date normalizer and name core alone instead.")
    boolean components;

    @Override
    public Integer call() throws Exception {
        if (components) {
            ComponentBenchmark.run(System.out, seed);
        } else {
            new Benchmark(work, heap, seed, OutputFormat.parseList(formats)).run(sizes, System.out);
        }
        return 0;
    }
}
