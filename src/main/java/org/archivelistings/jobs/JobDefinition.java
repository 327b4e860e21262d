package org.archivelistings.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.archivelistings.output.OutputFormat;

/**
 * A job as a user defines it in {@code jobs/NAME.properties}: where the pages are, where the tables go,
 * how many records a transaction holds, how to decode the files, how many files are read at once, which
 * formats the tables are written in, and an optional cron schedule. Keys a file leaves out take the
 * embedded defaults ({@code defaults.properties}); the command line overrides both.
 */
public record JobDefinition(
        String name,
        Path input,
        Path output,
        int chunkSize,
        String encoding,
        String schedule,
        int threads,
        Set<OutputFormat> formats,
        boolean remote) {
    /** Partitions of a remote read when the job file does not say (threads=0): a few per worker of a small pool. */
    static final int REMOTE_PARTITIONS = 8;

    /** Every key a job file may hold, in the order the documentation lists them. */
    public static final List<String> KEYS =
            List.of("input", "output", "chunk-size", "encoding", "threads", "formats", "schedule", "remote");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String SUFFIX = ".properties";

    public JobDefinition {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk-size must be at least 1, not " + chunkSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, not " + threads);
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("formats must name at least one of parquet, jsonl");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        if (!encoding.equals("auto") && !knownCharset(encoding)) {
            throw new IllegalArgumentException("encoding must be auto or a charset name such as UTF-8 or "
                    + "windows-1252, not '" + encoding + "'");
        }
        if (!schedule.isBlank()) {
            try {
                JobScheduler.cron(schedule);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("schedule '" + schedule + "' is not a cron expression (5 fields "
                        + "as in crontab, or 6 with seconds first): " + e.getMessage());
            }
        }
    }

    /** A job that writes every format. */
    public JobDefinition(
            String name, Path input, Path output, int chunkSize, String encoding, String schedule, int threads) {
        this(name, input, output, chunkSize, encoding, schedule, threads, EnumSet.allOf(OutputFormat.class));
    }

    /** A job that runs in this process. */
    public JobDefinition(String name, Path input, Path output, int chunkSize, String encoding, String schedule,
            int threads, Set<OutputFormat> formats) {
        this(name, input, output, chunkSize, encoding, schedule, threads, formats, false);
    }

    /** A job that reads with one thread per core and writes every format. */
    public JobDefinition(String name, Path input, Path output, int chunkSize, String encoding, String schedule) {
        this(name, input, output, chunkSize, encoding, schedule, 0);
    }

    /** Threads reading input files at once: the job file's value, or one per core when it says 0. */
    public int readThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * How many partitions the read step has: one per read thread in this process; for a remote run (where
     * {@code threads} counts partitions, as no process holds them all) the job's value, or
     * {@link #REMOTE_PARTITIONS}.
     */
    public int partitions() {
        if (remote) {
            return threads > 0 ? threads : REMOTE_PARTITIONS;
        }
        return readThreads();
    }

    /** Whether the tables are written in {@code format}. */
    public boolean writes(OutputFormat format) {
        return formats.contains(format);
    }

    /** This definition as the keys of a job file (every key, in {@link #KEYS} order). */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("input", input.toString());
        keys.put("output", output.toString());
        keys.put("chunk-size", Integer.toString(chunkSize));
        keys.put("encoding", encoding);
        keys.put("threads", Integer.toString(threads));
        keys.put("formats", OutputFormat.toList(formats));
        keys.put("schedule", schedule);
        keys.put("remote", Boolean.toString(remote));
        return keys;
    }

    /**
     * Loads the job {@code name} from {@code jobsDir}.
     *
     * @throws JobDefinitionException when the job file does not exist or holds a bad value
     */
    public static JobDefinition load(Path jobsDir, String name) {
        return load(jobsDir, name, Map.of());
    }

    /**
     * Loads the job {@code name} from {@code jobsDir}, with {@code overrides} (job keys, as given on the
     * command line) taking precedence over the job file, which takes precedence over the defaults.
     *
     * @throws JobDefinitionException when the job file does not exist, or a key is unknown or has a bad
     *     value; the message says where the bad value came from
     */
    public static JobDefinition load(Path jobsDir, String name, Map<String, String> overrides) {
        if (!NAME.matcher(name).matches()) {
            throw new JobDefinitionException("'" + name + "' is not a job name (letters, digits, '.', '_', '-')");
        }
        Path file = jobsDir.resolve(name + SUFFIX);
        if (!Files.isRegularFile(file)) {
            List<String> known = jobNames(jobsDir);
            throw new JobDefinitionException("unknown job '" + name + "': there is no " + file + " (the jobs are the "
                    + "files in " + jobsDir + (known.isEmpty() ? ": none yet" : ": " + String.join(", ", known)) + ")");
        }
        Properties fromFile = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fromFile.load(in);
        } catch (IOException e) {
            throw new JobDefinitionException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        defaults().forEach((k, v) -> put(keys, origin, (String) k, (String) v, "the embedded defaults"));
        fromFile.forEach((k, v) -> put(keys, origin, (String) k, (String) v, file.toString()));
        overrides.forEach((k, v) -> put(keys, origin, k, v, "the command line"));
        return fromKeys(name, keys, origin);
    }

    /** The jobs defined in {@code jobsDir} (its {@code *.properties} files), sorted; none when it does not exist. */
    public static List<String> jobNames(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(jobsDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(SUFFIX))
                    .map(f -> f.substring(0, f.length() - SUFFIX.length()))
                    .filter(job -> NAME.matcher(job).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new JobDefinitionException("cannot list the jobs in " + jobsDir + ": " + e.getMessage());
        }
    }

    private static void put(
            Map<String, String> keys, Map<String, String> origin, String key, String value, String from) {
        if (!KEYS.contains(key)) {
            // A misspelt key would otherwise be ignored and its default used without a word.
            throw new JobDefinitionException(from + ": '" + key + "' is not a job key (the keys are: "
                    + String.join(", ", KEYS) + ")");
        }
        keys.put(key, value.trim());
        origin.put(key, from);
    }

    private static JobDefinition fromKeys(String name, Map<String, String> keys, Map<String, String> origin) {
        int chunkSize = whole(keys, origin, "chunk-size");
        int threads = whole(keys, origin, "threads");
        Set<OutputFormat> formats;
        try {
            formats = OutputFormat.parseList(keys.get("formats"));
        } catch (IllegalArgumentException e) {
            throw new JobDefinitionException(origin.get("formats") + ": " + e.getMessage());
        }
        Path input = path(keys, origin, "input", name);
        Path output = path(keys, origin, "output", name);
        try {
            return new JobDefinition(
                    name, input, output, chunkSize, keys.get("encoding"), keys.get("schedule"), threads, formats,
                    Boolean.parseBoolean(keys.get("remote")));
        } catch (IllegalArgumentException e) {
            // The record's messages start with the key they are about: name the source that set it.
            String key = KEYS.stream().filter(k -> e.getMessage().startsWith(k)).findFirst().orElseThrow(() -> e);
            throw new JobDefinitionException(origin.get(key) + ": " + e.getMessage());
        }
    }

    private static Path path(Map<String, String> keys, Map<String, String> origin, String key, String jobName) {
        String value = keys.get(key).replace("${job}", jobName);
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new JobDefinitionException(origin.get(key) + ": " + key + " '" + value + "' is not a path: "
                    + e.getReason());
        }
    }

    private static int whole(Map<String, String> keys, Map<String, String> origin, String key) {
        try {
            return Integer.parseInt(keys.get(key));
        } catch (NumberFormatException e) {
            throw new JobDefinitionException(origin.get(key) + ": " + key + " must be a whole number, not '"
                    + keys.get(key) + "'");
        }
    }

    private static boolean knownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    public JobDefinition withInput(Path newInput) {
        return new JobDefinition(name, newInput, output, chunkSize, encoding, schedule, threads, formats, remote);
    }

    public JobDefinition withOutput(Path newOutput) {
        return new JobDefinition(name, input, newOutput, chunkSize, encoding, schedule, threads, formats, remote);
    }

    public JobDefinition withChunkSize(int newChunkSize) {
        return new JobDefinition(name, input, output, newChunkSize, encoding, schedule, threads, formats, remote);
    }

    public JobDefinition withEncoding(String newEncoding) {
        return new JobDefinition(name, input, output, chunkSize, newEncoding, schedule, threads, formats, remote);
    }

    public JobDefinition withThreads(int newThreads) {
        return new JobDefinition(name, input, output, chunkSize, encoding, schedule, newThreads, formats, remote);
    }

    public JobDefinition withFormats(Set<OutputFormat> newFormats) {
        return new JobDefinition(name, input, output, chunkSize, encoding, schedule, threads, newFormats, remote);
    }

    public JobDefinition withRemote(boolean newRemote) {
        return new JobDefinition(name, input, output, chunkSize, encoding, schedule, threads, formats, newRemote);
    }

    public JobDefinition withSchedule(String newSchedule) {
        return new JobDefinition(name, input, output, chunkSize, encoding, newSchedule, threads, formats, remote);
    }

    private static Properties defaults() {
        Properties props = new Properties();
        try (InputStream in = JobDefinition.class.getResourceAsStream("defaults.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("the jar lacks its defaults.properties", e);
        }
        return props;
    }

    /** A job that cannot be used as defined; its message says what to fix. */
    public static final class JobDefinitionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public JobDefinitionException(String message) {
            super(message);
        }
    }
}
