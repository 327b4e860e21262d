package org.archivelistings.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.archivelistings.dates.DateFlag;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.dates.FoundDate;
import org.archivelistings.dates.NormalizedDate;
import org.archivelistings.merge.SightingKeys;
import org.archivelistings.names.Names;
import org.archivelistings.names.ResolvedMention;
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
        List<MentionRow> mentions = mentions(key, found.sourceFile(), title, summary, recordDate, found.memo());
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
                TextCleaner.clean(facts.pageDescription()),
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

    /**
     * The people the record names, resolved with what its page named before it. Names are a function of
     * the record's text, its page's earlier records and the authority: the rows are final here.
     */
    private List<MentionRow> mentions(String key, String sourceFile, String title, String summary,
            NormalizedDate recordDate, PageMemo memo) {
        for (ListingRecord earlier : memo.skipped) {
            names.resolveRecord(TextCleaner.clean(earlier.title()), TextCleaner.clean(earlier.summary()), memo.names);
        }
        memo.skipped.clear();
        List<MentionRow> out = new ArrayList<>();
        for (ResolvedMention m : names.resolveRecord(title, summary, memo.names)) {
            out.add(new MentionRow(key, sourceFile, m.field(), m.begin(), m.end(), m.surface(), m.stripped(),
                    m.personId(), m.canonical(), m.system(), m.method(), m.confidence(), recordDate.start()));
        }
        return out;
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
