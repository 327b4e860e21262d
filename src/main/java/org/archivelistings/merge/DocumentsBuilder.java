package org.archivelistings.merge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.archivelistings.output.DocumentRow;
import org.archivelistings.output.InOrder;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.SightingRow;
import org.archivelistings.output.TwinTableWriter;
import tools.jackson.databind.ObjectReader;

/**
 * Builds the documents table from the sightings table in a few streaming passes over bucket files, so
 * memory holds one bucket at a time however large the collection grows:
 *
 * <ol>
 *   <li>each sighting gets its people ({@code peopleOf} its record key), is written to the final sightings
 *       file, and dropped into the bucket of its document id;
 *   <li>each bucket's sightings are grouped by document and merged; each document leaves a title key and
 *       a date+summary key behind;
 *   <li>documents that share a key but are not the same document are linked as related;
 *   <li>the links join their documents, bucket by bucket, in document id order.
 * </ol>
 */
public final class DocumentsBuilder {
    /** Same title, dates at most this many days apart: probably the same document dated twice. */
    static final int NEAR_DAYS = 7;
    /** A very common title ("Memorandum of Conversation") must not link every document to every other. */
    static final int MAX_RELATED = 20;
    private static final long BUCKET_BYTES = 16L * 1024 * 1024;

    private final ObjectReader sightingReader = JsonLines.mapper().readerFor(SightingRow.class);
    private final ObjectReader documentReader = JsonLines.mapper().readerFor(DocumentRow.class);

    /** What the merge did, for the manifest. */
    public record Result(long sightings, long documents, long mergedSightings, long relatedLinks) {}

    /**
     * @param sightingsIn the sightings as the read step wrote them
     * @param sightingsOut the final sightings, with their people
     * @param documentsOut the documents table (JSON Lines and Parquet), sorted by document id
     * @param tmp a scratch folder (deleted by the caller)
     */
    public Result build(Path sightingsIn, Path sightingsOut, TwinTableWriter<DocumentRow> documentsOut, Path tmp,
            Function<String, List<String>> peopleOf) throws IOException {
        int prefix = HashBuckets.prefixLengthFor(Files.size(sightingsIn), BUCKET_BYTES);
        long sightings = 0;
        try (HashBuckets byDocument = new HashBuckets(tmp, "sightings", prefix);
                HashBuckets documents = new HashBuckets(tmp, "documents", prefix);
                HashBuckets titleKeys = new HashBuckets(tmp, "titles", prefix);
                HashBuckets summaryKeys = new HashBuckets(tmp, "summaries", prefix);
                HashBuckets links = new HashBuckets(tmp, "links", prefix)) {
            try (BufferedReader in = Files.newBufferedReader(sightingsIn, StandardCharsets.UTF_8);
                    BufferedWriter out = Files.newBufferedWriter(sightingsOut, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    String json = SightingLine.withPeople(line, peopleOf.apply(SightingLine.recordKey(line)));
                    out.write(json);
                    out.write('\n');
                    byDocument.write(byDocument.bucketOfHex(SightingLine.documentId(json).substring(1)), json);
                    sightings++;
                }
            }
            byDocument.flush();

            // Buckets merge independently: workers merge a few buckets ahead while this thread writes
            // their results in bucket order, so the output is the same whatever the timing.
            long[] documentCount = {0};
            try (InOrder<MergedBucket> merges = new InOrder<>("merge-documents", merged -> {
                for (String doc : merged.documents()) {
                    documents.write(merged.bucket(), doc);
                    documentCount[0]++;
                }
                for (KeyEntry e : merged.titleKeys()) {
                    titleKeys.write(titleKeys.bucketOfText(e.key()), e.line());
                }
                for (KeyEntry e : merged.summaryKeys()) {
                    summaryKeys.write(summaryKeys.bucketOfText(e.key()), e.line());
                }
            })) {
                for (int b = 0; b < byDocument.count(); b++) {
                    int bucket = b;
                    merges.submit(() -> mergeBucket(byDocument, bucket));
                }
                merges.finish();
            }
            documents.flush();
            titleKeys.flush();
            summaryKeys.flush();

            long linkCount = link(summaryKeys, links, false) + link(titleKeys, links, true);
            links.flush();

            try (InOrder<List<TwinTableWriter.Encoded<DocumentRow>>> finals = new InOrder<>("finish-documents", rows -> {
                for (TwinTableWriter.Encoded<DocumentRow> doc : rows) {
                    documentsOut.write(doc);
                }
            })) {
                for (int b = 0; b < documents.count(); b++) {
                    int bucket = b;
                    finals.submit(() -> finishBucket(documents, links, bucket));
                }
                finals.finish();
            }
            return new Result(sightings, documentCount[0], sightings - documentCount[0], linkCount);
        }
    }

    /** One bucket's documents (as JSON lines, in id order) and the keys they leave for linking. */
    private record MergedBucket(int bucket, List<String> documents, List<KeyEntry> titleKeys, List<KeyEntry> summaryKeys) {}

    /** One bucket's finished documents: its related links joined in. */
    private List<TwinTableWriter.Encoded<DocumentRow>> finishBucket(HashBuckets documents, HashBuckets links, int bucket)
            throws IOException {
        Map<String, List<DocumentRow.Related>> related = readLinks(links, bucket);
        List<TwinTableWriter.Encoded<DocumentRow>> out = new ArrayList<>();
        try (BufferedReader in = documents.read(bucket)) {
            String line;
            while ((line = in.readLine()) != null) {
                DocumentRow doc = documentReader.readValue(line);
                List<DocumentRow.Related> rel = related.get(doc.documentId());
                if (rel != null) {
                    rel.sort(Comparator.comparing(DocumentRow.Related::documentId));
                    doc = withRelated(doc, rel.size() > MAX_RELATED ? rel.subList(0, MAX_RELATED) : rel);
                }
                out.add(TwinTableWriter.encode(doc));
            }
        }
        return out;
    }

    private MergedBucket mergeBucket(HashBuckets byDocument, int bucket) throws IOException {
        Map<String, List<SightingRow>> groups = new TreeMap<>();
        try (BufferedReader in = byDocument.read(bucket)) {
            String line;
            while ((line = in.readLine()) != null) {
                SightingRow row = sightingReader.readValue(line);
                groups.computeIfAbsent(row.documentId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<String> docs = new ArrayList<>(groups.size());
        List<KeyEntry> titles = new ArrayList<>(groups.size());
        List<KeyEntry> summaries = new ArrayList<>(groups.size());
        for (List<SightingRow> group : groups.values()) {
            DocumentRow doc = DocumentMerger.merge(group);
            docs.add(JsonLines.line(doc));
            titles.add(new KeyEntry(DocumentKey.normalizeTitle(doc.title()), doc.documentId(), doc.dateStart()));
            if (doc.summary() != null && doc.dateEdtf() != null) {
                String key = doc.dateEdtf() + " " + DocumentKey.normalizeTitle(doc.summary());
                summaries.add(new KeyEntry(key, doc.documentId(), doc.dateStart()));
            }
        }
        return new MergedBucket(bucket, docs, titles, summaries);
    }

    /** Links the documents that share a key: all of them (summaries), or those a few days apart (titles). */
    private long link(HashBuckets keys, HashBuckets links, boolean byDate) throws IOException {
        long count = 0;
        for (int b = 0; b < keys.count(); b++) {
            Map<String, List<KeyEntry>> groups = new HashMap<>();
            try (BufferedReader in = keys.read(b)) {
                String line;
                while ((line = in.readLine()) != null) {
                    KeyEntry e = KeyEntry.parse(line);
                    groups.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
                }
            }
            for (List<KeyEntry> group : groups.values()) {
                if (group.size() < 2 || (!byDate && group.size() > MAX_RELATED + 1)) {
                    continue; // one document, or a boilerplate summary shared by many: nothing to review
                }
                count += byDate ? linkByDate(group, links) : linkAll(group, links);
            }
        }
        return count;
    }

    private static long linkAll(List<KeyEntry> group, HashBuckets links) {
        long count = 0;
        for (KeyEntry a : group) {
            for (KeyEntry b : group) {
                if (!a.id().equals(b.id())) {
                    writeLink(links, a.id(), b.id(), "same date and summary, different title");
                    count++;
                }
            }
        }
        return count;
    }

    private static long linkByDate(List<KeyEntry> group, HashBuckets links) {
        List<KeyEntry> dated = new ArrayList<>(group.stream().filter(e -> e.date() != null).toList());
        dated.sort(Comparator.comparing(KeyEntry::date).thenComparing(KeyEntry::id));
        long count = 0;
        for (int i = 0; i < dated.size(); i++) {
            KeyEntry a = dated.get(i);
            for (int j = i + 1; j < dated.size(); j++) {
                KeyEntry b = dated.get(j);
                long days = ChronoUnit.DAYS.between(a.date(), b.date());
                if (days > NEAR_DAYS) {
                    break;
                }
                if (days > 0) {
                    String reason = "same title, dates " + days + " day" + (days == 1 ? "" : "s") + " apart";
                    writeLink(links, a.id(), b.id(), reason);
                    writeLink(links, b.id(), a.id(), reason);
                    count += 2;
                }
            }
        }
        return count;
    }

    private static void writeLink(HashBuckets links, String from, String to, String reason) {
        links.write(links.bucketOfHex(from.substring(1)), from + "\t" + to + "\t" + reason);
    }

    private static Map<String, List<DocumentRow.Related>> readLinks(HashBuckets links, int bucket) throws IOException {
        Map<String, List<DocumentRow.Related>> byDoc = new HashMap<>();
        try (BufferedReader in = links.read(bucket)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] l = line.split("\t", 3);
                byDoc.computeIfAbsent(l[0], k -> new ArrayList<>()).add(new DocumentRow.Related(l[1], l[2]));
            }
        }
        return byDoc;
    }

    private static DocumentRow withRelated(DocumentRow d, List<DocumentRow.Related> related) {
        return new DocumentRow(d.documentId(), d.dateText(), d.dateStart(), d.dateEnd(), d.datePrecision(),
                d.dateEdtf(), d.title(), d.summary(), d.truncated(), d.summaryVariants(), d.titleDates(),
                d.dateConflict(), d.people(), d.pageTitles(), d.sightingCount(), d.sources(), List.copyOf(related));
    }

    /** A document's key in the bucket files, as one tab-separated line (keys are folded: no tabs). */
    record KeyEntry(String key, String id, LocalDate date) {
        String line() {
            return key + "\t" + id + "\t" + (date == null ? "" : date.toString());
        }

        static KeyEntry parse(String line) {
            String[] f = line.split("\t", 3);
            return new KeyEntry(f[0], f[1], f[2].isEmpty() ? null : LocalDate.parse(f[2]));
        }
    }
}
