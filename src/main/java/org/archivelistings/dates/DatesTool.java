package org.archivelistings.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
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
            NormalizedDate context = parts.length > 1 && !parts[1].isBlank() ? normalizer.context(parts[1].strip()) : null;
            NormalizedDate d = normalizer.normalize(parts[0], context);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", parts[0]);
            row.put("edtf", d.edtf());
            row.put("start", d.start() == null ? null : d.start().toString());
            row.put("end", d.end() == null ? null : d.end().toString());
            row.put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
            row.put("year_source", d.yearSource().name().toLowerCase(java.util.Locale.ROOT));
            row.put("warnings", d.warnings());
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        }
        out.flush();
    }
}
