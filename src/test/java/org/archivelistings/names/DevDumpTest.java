package org.archivelistings.names;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevDumpTest {
    @Test
    void dump() throws Exception {
        Names on = Names.standard();
        Names off = Names.withoutAuthority();
        StringBuilder sb = new StringBuilder();
        for (NamesGoldTest.Row r : NamesGoldTest.gold()) {
            if (Halves.isCheck(r.cluster())) continue;
            Resolution a = on.resolve(r.variant());
            Resolution b = off.resolve(r.variant());
            ParsedName p = off.parse(r.variant());
            sb.append(String.join("\t", r.cluster(), r.variant(), String.valueOf(a.personId()), a.method(),
                    String.valueOf(b.personId()), p.order(), p.language(), p.system(), r.alias() ? "ALIAS" : "")).append('\n');
        }
        String extra = System.getProperty("names");
        if (extra != null) {
            for (String n : Files.readAllLines(java.nio.file.Path.of(extra))) {
                Resolution a = on.resolve(n);
                Resolution b = off.resolve(n);
                ParsedName p = off.parse(n);
                sb.append(String.join("\t", "EXTRA", n, String.valueOf(a.personId()), a.method(),
                        String.valueOf(b.personId()), p.order(), p.language(), p.system())).append('\n');
            }
        }
        Files.writeString(java.nio.file.Path.of("/tmp/scratch/dump.tsv"), sb.toString());
    }
}
