package org.archivelistings.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code names} command's core: names one a line in, one JSON object a line out, in the same order.
 * Each name is resolved on its own (authority, else its folded key), so the answer for a line never
 * depends on the other lines and the output streams.
 */
public final class NamesTool {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NamesTool() {}

    public static void run(BufferedReader in, Writer out) throws IOException {
        Names names = Names.standard();
        String line;
        while ((line = in.readLine()) != null) {
            String l = line.strip();
            Resolution r = l.isEmpty() ? null : names.resolve(l);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", l);
            row.put("stripped", r == null ? "" : r.stripped());
            row.put("person_id", r == null ? null : r.personId());
            row.put("canonical", r == null ? null : r.canonical());
            row.put("system", r == null ? null : r.system());
            row.put("method", r == null ? null : r.method());
            row.put("confidence", r == null ? 0 : r.confidence());
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        }
        out.flush();
    }
}
