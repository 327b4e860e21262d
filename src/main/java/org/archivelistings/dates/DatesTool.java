package org.archivelistings.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The {@code dates} command's core: one expression a line in (optionally TAB context), one JSON object a line out. */
public final class DatesTool {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatesTool() {}

    public static void run(BufferedReader in, Writer out) throws IOException {
        DateNormalizer normalizer = DateNormalizer.standard();
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split("\t", 2);
            NormalizedDate context = parts.length > 1 && !parts[1].isBlank() ? normalizer.context(parts[1].strip())
                    : null;
            NormalizedDate d = normalizer.normalize(parts[0], context);
            Map<String, Object> row = describe(d);
            row.put("text", parts[0]);
            List<Map<String, Object>> others = new ArrayList<>();
            List<FoundDate> found = normalizer.extract(parts[0], context);
            for (int i = 1; i < found.size(); i++) {
                Map<String, Object> o = describe(found.get(i).date());
                o.put("span", List.of(found.get(i).begin(), found.get(i).end()));
                others.add(o);
            }
            row.put("others", others);
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        }
        out.flush();
    }

    private static Map<String, Object> describe(NormalizedDate d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", d.text());
        row.put("edtf", d.edtf());
        row.put("start", d.start() == null ? null : d.start().toString());
        row.put("end", d.end() == null ? null : d.end().toString());
        row.put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
        row.put("year_source", d.yearSource().name().toLowerCase(java.util.Locale.ROOT));
        row.put("approximate", d.flags().contains(DateFlag.APPROXIMATE));
        row.put("uncertain", d.flags().contains(DateFlag.UNCERTAIN));
        row.put("inferred", d.flags().contains(DateFlag.INFERRED));
        row.put("warnings", d.warnings());
        return row;
    }
}
