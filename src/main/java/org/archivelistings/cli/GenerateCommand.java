package org.archivelistings.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archivelistings.bench.ListingGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: realistic listing pages for benchmarks and trials. */
@Command(name = "generate",
        description = "Writes realistic listing pages (every layout), deterministically from a seed.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--records", required = true, paramLabel = "N", description = "How many records.")
    long records;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write the pages into.")
    Path output;

    @Option(names = "--seed", defaultValue = "1956", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        ListingGenerator.Result r = new ListingGenerator(seed).generate(output, records);
        System.out.printf("%d records on %d pages, %.1f MB, in %s%n", r.records(), r.pages(), r.bytes() / 1e6, output);
        return 0;
    }
}
