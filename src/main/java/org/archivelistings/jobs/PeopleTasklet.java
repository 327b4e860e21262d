package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.archivelistings.names.Names;
import org.archivelistings.names.Resolution;
import org.archivelistings.output.InOrder;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.PersonRow;
import org.archivelistings.output.Table;
import org.archivelistings.output.TwinTableWriter;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.ObjectReader;

/**
 * Resolves every name the read step found, once per distinct spelling and across the whole run (so
 * that unknown names can be clustered among themselves), then writes the final {@code mentions} and the
 * {@code people} table. Memory grows with the number of distinct spellings, not of records.
 */
final class PeopleTasklet implements Tasklet {

    static final String MENTIONS = "people.mentions";
    static final String PEOPLE = "people.people";
    private static final int BATCH = 2_048;
    private static final String SURFACE = "\"surface\":\"";

    private final Path workDir;
    private final Names names;

    PeopleTasklet(Path workDir, Names names) {
        this.workDir = workDir;
        this.names = names;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path staged = CarryTasklet.combined(workDir, Table.MENTIONS);
        Map<String, Resolution> resolved = names.resolveAll(surfaces(staged));
        ObjectReader reader = JsonLines.mapper().readerFor(MentionRow.class);
        Map<String, PersonTally> people = new TreeMap<>();
        long mentions;
        try (BufferedReader in = Files.newBufferedReader(staged, StandardCharsets.UTF_8);
                TwinTableWriter<MentionRow> out = new TwinTableWriter<>(workDir, Table.MENTIONS, MentionRow.class);
                PeopleByRecord.Writer byRecord = PeopleByRecord.writer(workDir);
                // Workers parse, resolve and re-encode batches of lines; this thread writes them in order.
                InOrder<List<TwinTableWriter.Encoded<MentionRow>>> batches = new InOrder<>("resolve-mentions", done -> {
                    for (TwinTableWriter.Encoded<MentionRow> e : done) {
                        MentionRow m = e.row();
                        out.write(e);
                        byRecord.add(m.recordKey(), m.personId());
                        if (m.personId() != null) {
                            people.computeIfAbsent(m.personId(), id -> new PersonTally(id, m.canonical())).add(m);
                        }
                    }
                })) {
            batches.submitLines(in, BATCH, lines -> resolve(lines, reader, resolved));
            batches.finish();
            mentions = out.rows();
        }
        try (TwinTableWriter<PersonRow> out = new TwinTableWriter<>(workDir, Table.PEOPLE, PersonRow.class)) {
            for (PersonTally t : people.values()) {
                out.write(t.row());
            }
        }
        ExecutionContext ctx = contribution.getStepExecution().getExecutionContext();
        ctx.putLong(MENTIONS, mentions);
        ctx.putLong(PEOPLE, people.size());
        contribution.incrementWriteCount(people.size());
        return RepeatStatus.FINISHED;
    }

    private static List<TwinTableWriter.Encoded<MentionRow>> resolve(List<String> lines, ObjectReader reader,
            Map<String, Resolution> resolved) {
        List<TwinTableWriter.Encoded<MentionRow>> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            MentionRow m = reader.readValue(line);
            Resolution r = resolved.get(m.surface());
            out.add(TwinTableWriter.encode(new MentionRow(m.recordKey(), m.sourceFile(), m.field(), m.spanBegin(), m.spanEnd(),
                    m.surface(), r == null ? m.stripped() : r.stripped(), r == null ? null : r.personId(),
                    r == null ? null : r.canonical(), r == null ? null : r.system(), r == null ? null : r.method(),
                    r == null ? 0 : r.confidence(), m.recordDate())));
        }
        return out;
    }

    /**
     * Every spelling in the staged mentions. The surface is cut straight out of each line (a value with
     * escapes takes the full parse): binding whole rows here cost as much as the resolution itself.
     */
    private static Set<String> surfaces(Path staged) throws IOException {
        ObjectReader reader = JsonLines.mapper().readerFor(MentionRow.class);
        Set<String> surfaces = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(staged, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                // A key with bare quotes and a colon cannot occur inside a JSON string value.
                int at = line.indexOf(SURFACE);
                int end = at < 0 ? -1 : line.indexOf('"', at + SURFACE.length());
                if (end < 0 || line.lastIndexOf('\\', end) >= at) {
                    surfaces.add(reader.<MentionRow>readValue(line).surface());
                } else {
                    surfaces.add(line.substring(at + SURFACE.length(), end));
                }
            }
        }
        return surfaces;
    }

    /** Running totals for one person; mentions arrive record by record, so a record is counted once. */
    private static final class PersonTally {
        final String id;
        final String canonical;
        final Map<String, Long> variants = new TreeMap<>();
        LocalDate first;
        LocalDate last;
        long mentions;
        long records;
        String lastRecord;

        PersonTally(String id, String canonical) {
            this.id = id;
            this.canonical = canonical;
        }

        void add(MentionRow m) {
            variants.merge(m.stripped(), 1L, Long::sum);
            mentions++;
            if (!m.recordKey().equals(lastRecord)) {
                records++;
                lastRecord = m.recordKey();
            }
            LocalDate d = m.recordDate();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }

        PersonRow row() {
            List<PersonRow.Variant> vs = new ArrayList<>();
            variants.forEach((v, n) -> vs.add(new PersonRow.Variant(v, n)));
            return new PersonRow(id, canonical, !id.startsWith("x_"), vs, first, last, mentions, records);
        }
    }
}
