package org.archivelistings.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.archivelistings.dates.DateFlag;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.dates.FoundDate;
import org.archivelistings.dates.NormalizedDate;
import org.archivelistings.merge.SightingKeys;
import org.archivelistings.names.Names;
import org.archivelistings.names.PersonMention;
import org.archivelistings.names.Resolution;
import org.archivelistings.output.DateRow;
import org.archivelistings.output.MentionRow;
import org.archivelistings.output.SightingRow;
import org.archivelistings.pages.ListingRecord;
import org.archivelistings.pages.PageFacts;
import org.archivelistings.text.TextCleaner;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a record as printed into its final rows: cleaned text beside the raw text, the date line
 * normalized, the dates its title and summary name (with the record's date as context), the people it
 * names resolved to their ids, and its document id. A pure function of the record (and of its page's
 * earlier records, for names): running it twice gives the same rows, so rows are final when written.
 */
final class RecordProcessor implements ItemProcessor<PageItem, ProcessedItem> {
    static final String UNDATED = "none";

    private final DateNormalizer dates;
    private final Names names;

    RecordProcessor(DateNormalizer dates, Names names) {
        this.dates = dates;
        this.names = names;
    }

    @Override
    public ProcessedItem process(PageItem item) {
        if (item instanceof PageItem.Rejected rejected) {
            return new ProcessedItem.Rejected(rejected.reject());
        }
        PageItem.Found found = (PageItem.Found) item;
        ListingRecord record = found.record();
        PageFacts facts = found.facts();
        String key = recordKey(found.sourceFile(), found.page(), record.ordinal());

        String dateText = record.dateLine() == null ? "" : record.dateLine();
        String dateClean = TextCleaner.clean(dateText);
        String title = TextCleaner.clean(record.title());
        String summary = TextCleaner.clean(record.summary());

        List<DateRow> dateRows = new ArrayList<>();
        NormalizedDate recordDate = dates.normalize(dateClean, null);
        boolean undated = dateClean.isEmpty();
        if (!undated) {
            dateRows.add(dateRow(key, found.sourceFile(), "date_line", 0, dateClean.length(), recordDate));
        }
        NormalizedDate context = recordDate.start() != null ? recordDate : null;
        List<NormalizedDate> titleDates = new ArrayList<>();
        for (FoundDate d : dates.extract(title, context)) {
            titleDates.add(d.date());
            dateRows.add(dateRow(key, found.sourceFile(), "title", d.begin(), d.end(), d.date()));
        }
        if (summary != null) {
            for (FoundDate d : dates.extract(summary, context)) {
                dateRows.add(dateRow(key, found.sourceFile(), "summary", d.begin(), d.end(), d.date()));
            }
        }
        List<MentionRow> mentions = mentions(key, found.sourceFile(), title, summary, recordDate);
        TreeSet<String> people = new TreeSet<>();
        for (MentionRow m : mentions) {
            if (m.personId() != null) {
                people.add(m.personId());
            }
        }

        String precision = undated ? UNDATED : lower(recordDate.precision());
        SightingKeys keys = SightingKeys.of(key, found.sourceFile(), title, summary);
        String documentDate = recordDate.start() != null ? recordDate.edtf() : dateClean;

        SightingRow sighting = new SightingRow(
                key,
                found.sourceFile(),
                found.page(),
                record.ordinal(),
                record.line(),
                lower(facts.layout()),
                facts.counterFirst(),
                facts.counterLast(),
                facts.counterTotal(),
                TextCleaner.clean(facts.pageTitle()),
                dateText,
                recordDate.start(),
                recordDate.end(),
                precision,
                recordDate.edtf(),
                title,
                record.title(),
                summary,
                record.summary(),
                record.truncated(),
                titleDates.stream().map(NormalizedDate::edtf).toList(),
                DateNormalizer.conflicts(recordDate, titleDates),
                List.copyOf(people),
                keys.documentId(documentDate));
        return new ProcessedItem.Sighting(sighting, keys, dateRows, mentions);
    }

    private List<MentionRow> mentions(String key, String sourceFile, String title, String summary,
            NormalizedDate recordDate) {
        List<PersonMention> inTitle = names.findMentions(title);
        List<PersonMention> inSummary = summary == null ? List.of() : names.findMentions(summary);
        List<String> surfaces = new ArrayList<>();
        inTitle.forEach(m -> surfaces.add(m.surface()));
        inSummary.forEach(m -> surfaces.add(m.surface()));
        Map<String, Resolution> resolved = surfaces.isEmpty() ? Map.of() : names.resolveAll(surfaces);
        List<MentionRow> out = new ArrayList<>(surfaces.size());
        addMentions(key, sourceFile, "title", inTitle, resolved, recordDate, out);
        addMentions(key, sourceFile, "summary", inSummary, resolved, recordDate, out);
        return out;
    }

    private static void addMentions(String key, String sourceFile, String field, List<PersonMention> found,
            Map<String, Resolution> resolved, NormalizedDate recordDate, List<MentionRow> out) {
        for (PersonMention m : found) {
            Resolution r = resolved.get(m.surface());
            out.add(new MentionRow(key, sourceFile, field, m.begin(), m.end(), m.surface(),
                    r == null ? m.stripped() : r.stripped(), r == null ? null : r.personId(),
                    r == null ? null : r.canonical(), r == null ? null : r.system(), r == null ? null : r.method(),
                    r == null ? 0 : r.confidence(), recordDate.start()));
        }
    }

    static String recordKey(String sourceFile, String page, int ordinal) {
        return page == null ? sourceFile + ":" + ordinal : sourceFile + "#" + page + ":" + ordinal;
    }

    private static DateRow dateRow(String key, String sourceFile, String field, int begin, int end, NormalizedDate d) {
        return new DateRow(
                key,
                sourceFile,
                field,
                begin,
                end,
                d.text(),
                d.start(),
                d.end(),
                lower(d.precision()),
                d.edtf(),
                d.flags().contains(DateFlag.APPROXIMATE),
                d.flags().contains(DateFlag.UNCERTAIN),
                d.flags().contains(DateFlag.INFERRED),
                lower(d.yearSource()),
                d.warnings());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

}
