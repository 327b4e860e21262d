package org.archivelistings.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A job as a user defines it in {@code jobs/NAME.properties}: where the pages are, where the tables go,
 * how many records a transaction holds, how to decode the files, and an optional cron schedule.
 * Keys a file leaves out take the embedded defaults ({@code defaults.properties}).
 */
public record JobDefinition(
        String name, Path input, Path output, int chunkSize, String encoding, String schedule, int threads,
        boolean remote) {
    /** Partitions of a remote read when the job file does not say (threads=0): a few per worker of a small pool. */
    static final int REMOTE_PARTITIONS = 8;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public JobDefinition {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk-size must be at least 1, not " + chunkSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, not " + threads);
        }
    }

    /** A job that runs in this process. */
    public JobDefinition(String name, Path input, Path output, int chunkSize, String encoding, String schedule,
            int threads) {
        this(name, input, output, chunkSize, encoding, schedule, threads, false);
    }

    /** A job that reads with one thread per core. */
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

    /**
     * Loads the job {@code name} from {@code jobsDir}.
     *
     * @throws JobDefinitionException when the job file does not exist or holds a bad value
     */
    public static JobDefinition load(Path jobsDir, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new JobDefinitionException("'" + name + "' is not a job name (letters, digits, '.', '_', '-')");
        }
        Path file = jobsDir.resolve(name + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new JobDefinitionException("unknown job '" + name + "': there is no " + file
                    + " (jobs are defined by files in " + jobsDir + ")");
        }
        Properties props = defaults();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new JobDefinitionException("cannot read " + file + ": " + e.getMessage());
        }
        return fromProperties(name, props, file.toString());
    }

    static JobDefinition fromProperties(String name, Properties props, String origin) {
        String chunk = props.getProperty("chunk-size", "").trim();
        int chunkSize;
        try {
            chunkSize = Integer.parseInt(chunk);
        } catch (NumberFormatException e) {
            throw new JobDefinitionException(origin + ": chunk-size must be a whole number, not '" + chunk + "'");
        }
        String threads = props.getProperty("threads", "0").trim();
        try {
            return new JobDefinition(
                    name,
                    Path.of(value(props, "input", name)),
                    Path.of(value(props, "output", name)),
                    chunkSize,
                    value(props, "encoding", name),
                    value(props, "schedule", name),
                    Integer.parseInt(threads),
                    Boolean.parseBoolean(props.getProperty("remote", "false").trim()));
        } catch (NumberFormatException e) {
            throw new JobDefinitionException(origin + ": threads must be a whole number, not '" + threads + "'");
        } catch (IllegalArgumentException e) {
            throw new JobDefinitionException(origin + ": " + e.getMessage());
        }
    }

    public JobDefinition withInput(Path newInput) {
        return new JobDefinition(name, newInput, output, chunkSize, encoding, schedule, threads, remote);
    }

    public JobDefinition withOutput(Path newOutput) {
        return new JobDefinition(name, input, newOutput, chunkSize, encoding, schedule, threads, remote);
    }

    public JobDefinition withChunkSize(int newChunkSize) {
        return new JobDefinition(name, input, output, newChunkSize, encoding, schedule, threads, remote);
    }

    public JobDefinition withEncoding(String newEncoding) {
        return new JobDefinition(name, input, output, chunkSize, newEncoding, schedule, threads, remote);
    }

    public JobDefinition withThreads(int newThreads) {
        return new JobDefinition(name, input, output, chunkSize, encoding, schedule, newThreads, remote);
    }

    public JobDefinition withRemote(boolean newRemote) {
        return new JobDefinition(name, input, output, chunkSize, encoding, schedule, threads, newRemote);
    }

    private static String value(Properties props, String key, String jobName) {
        return props.getProperty(key, "").trim().replace("${job}", jobName);
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
