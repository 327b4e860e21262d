package org.archivelistings.merge;

import java.util.List;
import org.archivelistings.output.JsonLines;
import org.archivelistings.output.SightingRow;

/**
 * Reads a sighting's keys and fills in its people straight in its JSON line, without parsing the whole
 * row: the documents step passes every sighting through here, and a full parse and re-serialization of
 * kilobyte rows was a large share of the job. Relies on the field order Jackson writes for
 * {@link SightingRow} (record_key first, people then document_id last); any line that does not have that
 * shape takes the slow, general path.
 */
final class SightingLine {
    private static final String KEY_PREFIX = "{\"record_key\":\"";
    private static final String ID_FIELD = ",\"document_id\":\"";
    private static final String NO_PEOPLE = ",\"people\":[]" + ID_FIELD;

    private SightingLine() {}

    static String documentId(String line) {
        int at = line.lastIndexOf(ID_FIELD);
        if (at < 0) {
            return parse(line).documentId();
        }
        int start = at + ID_FIELD.length();
        return line.substring(start, line.indexOf('"', start));
    }

    static String recordKey(String line) {
        if (line.startsWith(KEY_PREFIX)) {
            int end = line.indexOf('"', KEY_PREFIX.length());
            if (end > 0 && line.lastIndexOf('\\', end) < KEY_PREFIX.length()) {
                return line.substring(KEY_PREFIX.length(), end);
            }
        }
        return parse(line).recordKey();
    }

    /** The line with {@code people} set (ids are plain: letters, digits, '_'). */
    static String withPeople(String line, List<String> people) {
        if (people.isEmpty()) {
            return line;
        }
        int at = line.lastIndexOf(NO_PEOPLE);
        StringBuilder ids = new StringBuilder(",\"people\":[");
        for (int i = 0; i < people.size(); i++) {
            ids.append(i == 0 ? "\"" : ",\"").append(people.get(i)).append('"');
        }
        ids.append(']').append(ID_FIELD);
        if (at < 0 || people.stream().anyMatch(p -> p.indexOf('"') >= 0 || p.indexOf('\\') >= 0)) {
            SightingRow s = parse(line);
            return JsonLines.line(new SightingRow(s.recordKey(), s.sourceFile(), s.page(), s.ordinal(), s.line(),
                    s.pageLayout(), s.pageCounterFirst(), s.pageCounterLast(), s.pageCounterTotal(), s.pageTitle(),
                    s.dateText(), s.dateStart(), s.dateEnd(), s.datePrecision(), s.dateEdtf(), s.title(), s.titleRaw(),
                    s.summary(), s.summaryRaw(), s.truncated(), s.titleDates(), s.dateConflict(), people, s.documentId()));
        }
        return line.substring(0, at) + ids + line.substring(at + NO_PEOPLE.length());
    }

    private static SightingRow parse(String line) {
        return JsonLines.mapper().readValue(line, SightingRow.class);
    }
}
