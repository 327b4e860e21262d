package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
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
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.PersonRow;
import org.archivelistings.output.Table;
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

    private final Path workDir;
    private final Names names;

    PeopleTasklet(Path workDir, Names names) {
        this.workDir = workDir;
        this.names = names;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path staged = CarryTasklet.combined(workDir, Table.MENTIONS);
        ObjectReader reader = JsonLines.mapper().readerFor(MentionRow.class);
        Set<String> surfaces = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(staged, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    surfaces.add(reader.<MentionRow>readValue(line).surface());
                }
            }
        }
        Map<String, Resolution> resolved = names.resolveAll(surfaces);
        Map<String, PersonTally> people = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(staged, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(workDir.resolve(Table.MENTIONS.jsonl()), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                MentionRow m = reader.readValue(line);
                Resolution r = resolved.get(m.surface());
                MentionRow done = new MentionRow(m.recordKey(), m.sourceFile(), m.field(), m.spanBegin(), m.spanEnd(), m.surface(),
                        r == null ? m.stripped() : r.stripped(), r == null ? null : r.personId(),
                        r == null ? null : r.canonical(), r == null ? null : r.system(), r == null ? null : r.method(),
                        r == null ? 0 : r.confidence(), m.recordDate());
                out.write(JsonLines.line(done));
                out.write('\n');
                if (done.personId() != null) {
                    people.computeIfAbsent(done.personId(), id -> new PersonTally(id, r.canonical())).add(done);
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(workDir.resolve(Table.PEOPLE.jsonl()), StandardCharsets.UTF_8)) {
            for (PersonTally t : people.values()) {
                out.write(JsonLines.line(t.row()));
                out.write('\n');
            }
        }
        contribution.incrementWriteCount(people.size());
        return RepeatStatus.FINISHED;
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
