package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.archivelistings.output.FileDigest;
import org.archivelistings.output.InputRow;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.OutputFormat;
import org.archivelistings.output.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.MissingNode;

/**
 * What a run has to do, decided before it starts by comparing the input files' content hashes with the
 * {@code inputs} table of the last successful run: read the new and changed files, carry over the rows
 * of the unchanged ones, drop the rows of removed ones. Rows are carried only when the previous run made
 * them with the same rules and code ({@link RulesVersion}, kept as {@code rules_version} in its manifest):
 * after an upgrade every file is read again, so no stale row survives. Saved in the run's work folder, so
 * a restart follows the same plan.
 *
 * @param toRead files to read, in input order
 * @param carried files whose rows are taken from the previous outputs
 * @param inputs the inventory this run publishes
 * @param removed how many files of the previous run are gone
 * @param threads how many partitions read the files at once (fixed for the run, so a restart reads the
 *     same partitions)
 * @param rulesVersion the {@link RulesVersion} this run's rows are made with (its manifest's
 *     {@code rules_version})
 * @param formats the formats this run writes its tables in (kept here, so that a restart writes the same)
 * @param formatsChanged whether the previous run wrote other formats (or it is unknown which): then a
 *     run is needed even when no file changed, to write the tables in the new formats
 */
record RunPlan(
        List<String> toRead,
        Set<String> carried,
        List<InputRow> inputs,
        int removed,
        int threads,
        String rulesVersion,
        Set<OutputFormat> formats,
        boolean formatsChanged) {
    static final String FILE = "plan.json";
    /** Status in {@code inputs} of a file read again, unchanged, because the rules or code changed. */
    static final String RULES_CHANGED = "rules-changed";

    private static final Set<OutputFormat> ALL_FORMATS = Collections.unmodifiableSet(EnumSet.allOf(OutputFormat.class));

    RunPlan {
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    boolean nothingToDo() {
        return toRead.isEmpty() && removed == 0 && !formatsChanged;
    }

    /** A file's SHA-256 and size; a null digest when it cannot be read. */
    private record Digest(String sha256, long bytes) {
        static Digest of(Path file) {
            try {
                return new Digest(FileDigest.sha256(file), Files.size(file));
            } catch (IOException e) {
                return new Digest(null, 0);
            }
        }
    }

    /** Whether files are read again because the previous run's rules or code differ from this run's. */
    boolean rulesChanged() {
        return inputs.stream().anyMatch(r -> r.status().equals(RULES_CHANGED));
    }

    /**
     * Plans a run of {@code job} with the running code's rules; {@code full} reads everything whatever the
     * previous run did.
     */
    static RunPlan make(JobDefinition job, boolean full, long runId) throws IOException {
        return make(job.input(), job.output(), full, runId, job.partitions(), RulesVersion.current(), job.formats());
    }

    /** Plans a run over {@code input} with the running code's rules, writing every format. */
    static RunPlan make(Path input, Path output, boolean full, long runId, int threads) throws IOException {
        return make(input, output, full, runId, threads, RulesVersion.current());
    }

    /** Plans a run whose rows are made with {@code rulesVersion}, writing every format. */
    static RunPlan make(Path input, Path output, boolean full, long runId, int threads, String rulesVersion)
            throws IOException {
        return make(input, output, full, runId, threads, rulesVersion, ALL_FORMATS);
    }

    /** Plans a run whose rows are made with {@code rulesVersion} and written in {@code formats}. */
    static RunPlan make(Path input, Path output, boolean full, long runId, int threads, String rulesVersion,
            Set<OutputFormat> formats) throws IOException {
        Path root = InputFiles.root(input);
        Map<String, InputRow> previous = full ? Map.of() : previousInputs(output);
        // Unknown (an older manifest without rules_version) counts as different: read everything again.
        boolean sameRules = rulesVersion.equals(previousRulesVersion(output));
        List<String> toRead = new ArrayList<>();
        Set<String> carried = new TreeSet<>();
        List<InputRow> inputs = new ArrayList<>();
        List<String> names = InputFiles.list(input);
        // Hashing every input is the start of every run: spread it over the cores (order is kept).
        List<Digest> digests = names.parallelStream().map(name -> Digest.of(root.resolve(name))).toList();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String sha = digests.get(i).sha256();
            long bytes = digests.get(i).bytes();
            if (sha == null) {
                // Unreadable now: read it anyway, so that the reader rejects it with its reason.
                toRead.add(name);
                inputs.add(new InputRow(name, "", 0, "unreadable", runId));
                continue;
            }
            InputRow before = previous.get(name);
            boolean sameBytes = before != null && before.sha256().equals(sha);
            if (sameBytes && sameRules) {
                carried.add(name);
                inputs.add(new InputRow(name, sha, bytes, "unchanged", before.readInRun()));
            } else {
                toRead.add(name);
                String status = before == null ? "new" : sameBytes ? RULES_CHANGED : "changed";
                inputs.add(new InputRow(name, sha, bytes, status, runId));
            }
        }
        long still = inputs.stream().filter(r -> previous.containsKey(r.sourceFile())).count();
        boolean formatsChanged = !formats.equals(previousFormats(output));
        return new RunPlan(toRead, carried, inputs, (int) (previous.size() - still), threads, rulesVersion, formats,
                formatsChanged);
    }

    /**
     * The files to read cut into at most {@code threads} contiguous runs of about equal bytes. Contiguous,
     * so that writing the partitions' rows one after the other gives the input order of a one-thread run.
     */
    List<List<String>> partitions() {
        Map<String, Long> size = new HashMap<>();
        long total = 0;
        for (InputRow r : inputs) {
            size.put(r.sourceFile(), r.bytes());
        }
        for (String f : toRead) {
            total += size.getOrDefault(f, 0L);
        }
        int n = Math.max(1, Math.min(threads, toRead.size()));
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long done = 0;
        for (String f : toRead) {
            current.add(f);
            done += size.getOrDefault(f, 0L);
            if (parts.size() < n - 1 && done * n >= total * (parts.size() + 1)) {
                parts.add(current);
                current = new ArrayList<>();
            }
        }
        parts.add(current);
        while (parts.size() < n) {
            parts.add(new ArrayList<>());
        }
        return parts;
    }

    /** The work folder of a run, under its output (so that every worker sees it): plan, staged tables. */
    static Path workDir(Path output, long runId) {
        return output.resolve(".work").resolve("run-" + runId);
    }

    void save(Path workDir) throws IOException {
        JsonLines.mapper().writeValue(workDir.resolve(FILE).toFile(), this);
    }

    static RunPlan load(Path workDir) throws IOException {
        return JsonLines.mapper().readValue(workDir.resolve(FILE).toFile(), RunPlan.class);
    }

    /**
     * The {@code rules_version} of the previous run's manifest; null when there is none, the manifest has
     * no such field (written before it existed) or cannot be parsed: all mean "unknown".
     */
    static String previousRulesVersion(Path output) {
        JsonNode version = previousManifest(output).path("rules_version");
        return version.isString() && !version.asString().isBlank() ? version.asString() : null;
    }

    /**
     * The formats of the tables the previous run's manifest lists ({@code inputs}, always JSON Lines too,
     * aside); null when unknown.
     */
    static Set<OutputFormat> previousFormats(Path output) {
        JsonNode files = previousManifest(output).path("outputs");
        if (!files.isArray() || files.isEmpty()) {
            return null;
        }
        EnumSet<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (JsonNode file : files) {
            String name = file.path("file").asString("");
            if (!name.startsWith(Table.INPUTS.fileBase() + ".")) {
                for (OutputFormat f : OutputFormat.values()) {
                    if (name.endsWith("." + f.key())) {
                        formats.add(f);
                    }
                }
            }
        }
        return formats;
    }

    /** The previous run's manifest; a missing node when there is none or it cannot be parsed. */
    private static JsonNode previousManifest(Path output) {
        Path manifest = output.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return MissingNode.getInstance();
        }
        try {
            return JsonLines.mapper().readTree(manifest.toFile());
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    private static Map<String, InputRow> previousInputs(Path output) throws IOException {
        Path f = output.resolve(Table.INPUTS.jsonl());
        Map<String, InputRow> rows = new HashMap<>();
        // Without the previous manifest the previous tables may be partial: plan a full run.
        if (!Files.exists(f) || !Files.exists(output.resolve("manifest.json"))) {
            return rows;
        }
        ObjectReader reader = JsonLines.mapper().readerFor(InputRow.class);
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    InputRow r = reader.readValue(line);
                    rows.put(r.sourceFile(), r);
                }
            }
        }
        return rows;
    }
}
