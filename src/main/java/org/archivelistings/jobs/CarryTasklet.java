package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.Table;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Completes the collection after an incremental read: each staged table (rows of the files read now)
 * is merged with the previous run's rows of the unchanged files into {@code NAME.all.jsonl}. Both sides
 * are in input-file order and every file's rows come from one side, so the merge keeps input-file order
 * and the result equals what a full run would have written. Rewrites its outputs from scratch, so a
 * restart here is safe. On a full run it only renames.
 */
final class CarryTasklet implements Tasklet {
    /** Records (sightings and rejects) taken over from the previous run's unchanged files. */
    static final String RECORDS_CARRIED = "carry.records";

    private final Path workDir;
    private final Path previousOutput;
    private final List<Table> tables;
    private final int partitions;

    CarryTasklet(Path workDir, Path previousOutput, List<Table> tables, int partitions) {
        this.workDir = workDir;
        this.previousOutput = previousOutput;
        this.tables = tables;
        this.partitions = partitions;
    }

    /**
     * Where the whole collection's rows of a staged table end up: the final file for tables no later step
     * changes (dates, rejects), a working file for those the people and documents steps finish.
     */
    static Path combined(Path workDir, Table table) {
        return switch (table) {
            case SIGHTINGS, MENTIONS -> workDir.resolve(table.fileBase() + ".all.jsonl");
            default -> workDir.resolve(table.jsonl());
        };
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Set<String> carried = RunPlan.load(workDir).carried();
        long carriedRecords = 0;
        for (Table table : tables) {
            List<Path> staged = new ArrayList<>();
            for (int i = 0; i < partitions; i++) {
                Path part = workDir.resolve(TableFilesWriter.stagedName(table, i));
                if (Files.exists(part)) {
                    staged.add(part);
                }
            }
            Path all = combined(workDir, table);
            Path previous = previousOutput.resolve(table.jsonl());
            if (carried.isEmpty() || !Files.exists(previous)) {
                concatenate(staged, all);
            } else {
                long rows = merge(staged, previous, carried, all);
                if (table == Table.SIGHTINGS || table == Table.REJECTS) {
                    carriedRecords += rows;
                }
            }
        }
        contribution.getStepExecution().getExecutionContext().putLong(RECORDS_CARRIED, carriedRecords);
        return RepeatStatus.FINISHED;
    }

    /** The partitions' files one after the other: the rows of a one-thread run, in the same order. */
    private static void concatenate(List<Path> parts, Path all) throws IOException {
        // File channel to file channel: the kernel copies (gigabytes at a million records) without the
        // bytes passing through the heap. The parts stay until the run ends, so a restart can redo this.
        try (FileChannel out = FileChannel.open(all, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Path part : parts) {
                try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                    long size = in.size();
                    for (long at = 0; at < size; ) {
                        at += in.transferTo(at, size - at, out);
                    }
                }
            }
        }
    }

    /** Merges, and returns how many rows came from the previous run. */
    private static long merge(List<Path> staged, Path previous, Set<String> carried, Path all) throws IOException {
        long fromPrevious = 0;
        try (BufferedReader fresh = new BufferedReader(new InputStreamReader(new SequenceInputStream(
                        java.util.Collections.enumeration(open(staged))), StandardCharsets.UTF_8));
                BufferedReader old = Files.newBufferedReader(previous, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(all, StandardCharsets.UTF_8)) {
            Cursor a = new Cursor(fresh, null);
            Cursor b = new Cursor(old, carried);
            while (a.line != null || b.line != null) {
                Cursor next = b.line == null || (a.line != null && a.file.compareTo(b.file) <= 0) ? a : b;
                out.write(next.line);
                out.write('\n');
                if (next == b) {
                    fromPrevious++;
                }
                next.advance();
            }
        }
        return fromPrevious;
    }

    private static List<InputStream> open(List<Path> files) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        for (Path f : files) {
            streams.add(Files.newInputStream(f));
        }
        return streams;
    }

    /** A file of rows, positioned on its next row (and that row's source file), skipping rows not kept. */
    private static final class Cursor {
        private final BufferedReader in;
        private final Set<String> keep;
        String line;
        String file;

        Cursor(BufferedReader in, Set<String> keep) throws IOException {
            this.in = in;
            this.keep = keep;
            advance();
        }

        void advance() throws IOException {
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                file = sourceFile(line);
                if (keep == null || keep.contains(file)) {
                    return;
                }
            }
            file = null;
        }
    }

    /** The row's source_file, read without parsing the whole row (it is among the first fields). */
    static String sourceFile(String jsonLine) {
        try (JsonParser p = JsonLines.mapper().createParser(jsonLine)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if ("source_file".equals(name)) {
                        return p.getString();
                    }
                    p.skipChildren(); // a nested value: skip it whole
                }
            }
        }
        throw new IllegalStateException("a row without source_file: " + jsonLine.substring(0, Math.min(80, jsonLine.length())));
    }
}
