package org.archivelistings.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code names} command's core: names one a line in, one JSON object a line out, in the same order.
 * Reads the whole input before answering, because unknown names are clustered across all of it.
 */
public final class NamesTool {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NamesTool() {}

    public static void run(BufferedReader in, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line.strip());
        }
        Map<String, Resolution> resolved = Names.standard().resolveAll(lines.stream().filter(l -> !l.isEmpty()).toList());
        for (String l : lines) {
            Resolution r = resolved.get(l);
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
