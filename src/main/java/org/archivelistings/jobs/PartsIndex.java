package org.archivelistings.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.archivelistings.output.Folders;

/**
 * Which run's parts hold each input file's rows in the published tables ({@code .parts/index.tsv}: file,
 * tab, run folder). An incremental run takes an unchanged file's rows from there; a file missing from it
 * is read again. Rewritten by publish, after the tables are in place.
 */
final class PartsIndex {
    private static final String FILE = "index.tsv";

    private PartsIndex() {}

    /** File name → run folder name; empty when there is no index (the first run, or parts deleted). */
    static Map<String, String> load(Path output) throws IOException {
        Path f = PartFiles.root(output).resolve(FILE);
        Map<String, String> index = new TreeMap<>();
        if (!Files.exists(f)) {
            return index;
        }
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0 && Files.isDirectory(PartFiles.root(output).resolve(line.substring(tab + 1)))) {
                    index.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return index;
    }

    /** Saves {@code index} and deletes the run folders it no longer names (and unfinished runs' folders but {@code keep}). */
    static void save(Path output, Map<String, String> index, String keep) throws IOException {
        Path root = PartFiles.root(output);
        Files.createDirectories(root);
        Path tmp = root.resolve(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : index.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Set<String> inUse = new HashSet<>(index.values());
        inUse.add(keep);
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!inUse.contains(dir.getFileName().toString())) {
                    Folders.deleteTree(dir);
                }
            }
        }
    }
}
