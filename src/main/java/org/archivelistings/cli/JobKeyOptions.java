package org.archivelistings.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archivelistings.jobs.JobDefinition;
import org.archivelistings.jobs.JobDefinition.JobDefinitionException;
import picocli.CommandLine.Option;

/**
 * The job keys every job command can override: one option each, and {@code --set KEY=VALUE} for any key.
 * Values are passed on as text: the job definition checks them, so that a bad value gets the same
 * message from the command line as from a job file.
 */
final class JobKeyOptions {
    @Option(names = "--chunk-size", paramLabel = "N", description = "Records per transaction (job key chunk-size).")
    String chunkSize;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Charset of the pages, or auto (job key encoding).")
    String encoding;

    @Option(names = "--threads", paramLabel = "N",
            description = "Input files read at once; 0 = one per core (job key threads).")
    String threads;

    @Option(names = "--formats", paramLabel = "LIST",
            description = "Formats of the tables: parquet, jsonl or parquet,jsonl (job key formats).")
    String formats;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Sets any job key, as in a job file (repeatable; a key's own option wins).")
    Map<String, String> set = new LinkedHashMap<>();

    /**
     * The keys given, {@code --set} first and each key's own option over it, in job-file form.
     *
     * @param allowed the keys this command takes; {@code --set} of another is an error
     */
    Map<String, String> overrides(String command, List<String> allowed) {
        Map<String, String> keys = new LinkedHashMap<>();
        set.forEach((key, value) -> {
            if (!JobDefinition.KEYS.contains(key)) {
                throw new JobDefinitionException("--set " + key + ": '" + key + "' is not a job key (the keys are: "
                        + String.join(", ", JobDefinition.KEYS) + ")");
            }
            if (!allowed.contains(key)) {
                throw new JobDefinitionException("--set " + key + ": " + command + " takes the job keys "
                        + String.join(", ", allowed));
            }
            keys.put(key, value);
        });
        putIfGiven(keys, "chunk-size", chunkSize);
        putIfGiven(keys, "encoding", encoding);
        putIfGiven(keys, "threads", threads);
        putIfGiven(keys, "formats", formats);
        return keys;
    }

    static void putIfGiven(Map<String, String> keys, String key, String value) {
        if (value != null) {
            keys.put(key, value);
        }
    }
}
