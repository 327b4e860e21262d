package org.archivelistings.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.archivelistings.output.DocumentRow;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.Table;
import org.archivelistings.output.TwinTableWriter;
import org.archivelistings.output.SightingRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsBuilderTest {
    @TempDir
    Path dir;

    static SightingRow sighting(String file, int ordinal, String date, String title, String summary, boolean truncated) {
        LocalDate d = date == null ? null : LocalDate.parse(date);
        return new SightingRow(file + ":" + ordinal, file, null, ordinal, ordinal * 6, "paragraph", null, null, null, null,
                date == null ? "" : date, d, d, date == null ? "none" : "day", date == null ? "XXXX" : date, title, title,
                summary, summary, truncated, List.of(), false, List.of(), DocumentKey.id(date, title));
    }

    private List<DocumentRow> build(List<SightingRow> sightings) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, sightings.stream().map(JsonLines::line).toList());
        Path docs = dir.resolve("documents.jsonl");
        try (TwinTableWriter<DocumentRow> out = new TwinTableWriter<>(dir, Table.DOCUMENTS, DocumentRow.class)) {
            new DocumentsBuilder().build(in, dir.resolve("sightings.jsonl"), out, dir.resolve("tmp"), key -> List.of());
        }
        List<DocumentRow> rows = new ArrayList<>();
        for (String line : Files.readAllLines(docs)) {
            rows.add(JsonLines.mapper().readValue(line, DocumentRow.class));
        }
        return rows;
    }

    @Test
    void mergesTheSameDocumentSeenOnTwoPagesKeepingEverySource() throws IOException {
        List<DocumentRow> docs = build(List.of(
                sighting("a.txt", 3, "1956-09-03", "Letter from Ri Sang-jo to N.S. Khrushchev", "Ri Sang-jo urges Khru", true),
                sighting("b.txt", 1, "1956-09-03", "Letter from Ri Sang–jo to N. S. Khrushchev",
                        "Ri Sang-jo urges Khrushchev to send a delegation.", false),
                sighting("b.txt", 2, "1956-09-05", "Report by N.T. Fedorenko", null, false)));
        assertThat(docs).hasSize(2);
        DocumentRow letter = docs.stream().filter(d -> d.sightingCount() == 2).findFirst().orElseThrow();
        assertThat(letter.title()).isEqualTo("Letter from Ri Sang–jo to N. S. Khrushchev");
        assertThat(letter.summary()).isEqualTo("Ri Sang-jo urges Khrushchev to send a delegation.");
        assertThat(letter.truncated()).isFalse();
        assertThat(letter.summaryVariants()).isEqualTo(2);
        assertThat(letter.sources()).extracting(DocumentRow.Source::recordKey).containsExactly("a.txt:3", "b.txt:1");
        assertThat(docs).extracting(DocumentRow::documentId).isSorted();
    }

    @Test
    void linksNearDuplicatesInsteadOfMergingThem() throws IOException {
        List<DocumentRow> docs = build(List.of(
                sighting("a.txt", 1, "1956-09-18", "Draft Telegram from A. Mikoyan", "Mikoyan reports.", false),
                sighting("a.txt", 2, "1956-09-18", "Telegram from A. Mikoyan", "Mikoyan reports.", false),
                sighting("a.txt", 3, "1956-09-21", "Telegram from A. Mikoyan", "Another summary.", false),
                sighting("a.txt", 4, "1957-09-21", "Telegram from A. Mikoyan", "A year later.", false)));
        assertThat(docs).hasSize(4);
        DocumentRow draft = docs.stream().filter(d -> d.title().startsWith("Draft")).findFirst().orElseThrow();
        DocumentRow telegram18 = docs.stream()
                .filter(d -> d.title().startsWith("Telegram") && d.dateStart().getDayOfMonth() == 18 && d.dateStart().getYear() == 1956)
                .findFirst().orElseThrow();
        assertThat(draft.related()).extracting(DocumentRow.Related::reason).containsExactly("same date and summary, different title");
        assertThat(telegram18.related()).extracting(DocumentRow.Related::reason)
                .containsExactlyInAnyOrder("same date and summary, different title", "same title, dates 3 days apart");
        DocumentRow yearLater = docs.stream().filter(d -> d.dateStart().getYear() == 1957).findFirst().orElseThrow();
        assertThat(yearLater.related()).isEmpty();
    }

    @Test
    void givesTheSameIdsOnEveryRun() throws IOException {
        List<SightingRow> input = List.of(
                sighting("a.txt", 1, "1956-09-18", "Telegram from A. Mikoyan", "x", false),
                sighting("a.txt", 2, null, "Undated note", null, false));
        List<String> first = build(input).stream().map(DocumentRow::documentId).toList();
        List<String> second = build(input).stream().map(DocumentRow::documentId).toList();
        assertThat(second).isEqualTo(first).hasSize(2);
    }
}
