package org.archivelistings.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.archivelistings.output.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of the rules and code: stable, the same from a folder and a jar, moved by any rule or class. */
class RulesVersionTest {
    @TempDir
    Path dir;

    Path folder(String name) throws Exception {
        Path root = dir.resolve(name);
        write(root, "org/archivelistings/dates/months.tsv", "january\t1\n");
        write(root, "org/archivelistings/names/authority.tsv", "kim_il_sung\tKim Il Sung\n");
        write(root, "org/archivelistings/names/Names.class", "\u00ca\u00fe\u00ba\u00be names");
        write(root, "org/archivelistings/pages/ListingPageReader.class", "pages");
        write(root, "org/archivelistings/text/TextCleaner.class", "text");
        write(root, "org/archivelistings/merge/DocumentKey.class", "merge");
        write(root, "org/archivelistings/jobs/JobRunner.class", "the shell");
        write(root, "org/archivelistings/bench/titles.txt", "benchmark words");
        return root;
    }

    static void write(Path root, String name, String text) throws Exception {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** A jar of {@code root}'s files, entries in reverse order, with directory entries as shade writes them. */
    Path jar(Path root) throws Exception {
        Path jar = dir.resolve(root.getFileName() + ".jar");
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(Files.isDirectory(f) ? name + "/" : name));
                if (Files.isRegularFile(f)) {
                    zip.write(Files.readAllBytes(f));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void versionPlusSixteenHexDigitsTheSameEveryTime() throws Exception {
        Path root = folder("a");
        String version = RulesVersion.of("0.1.0", root);
        assertThat(version).matches("0\\.1\\.0\\+[0-9a-f]{16}");
        assertThat(RulesVersion.of("0.1.0", root)).isEqualTo(version);
        assertThat(RulesVersion.of("0.2.0", root)).as("the project version counts").isNotEqualTo(version);
    }

    @Test
    void aFolderAndAJarOfTheSameFilesHaveTheSameFingerprint() throws Exception {
        Path root = folder("a");
        assertThat(RulesVersion.of("0.1.0", jar(root))).isEqualTo(RulesVersion.of("0.1.0", root));
    }

    @Test
    void anyRuleResourceOrCoreClassMovesIt() throws Exception {
        String before = RulesVersion.of("v", folder("a"));
        for (String file : new String[] {"org/archivelistings/dates/months.tsv",
                "org/archivelistings/names/authority.tsv",
                "org/archivelistings/pages/ListingPageReader.class", "org/archivelistings/text/TextCleaner.class",
                "org/archivelistings/merge/DocumentKey.class"}) {
            Path changed = folder("changed");
            Files.writeString(changed.resolve(file), "!", java.nio.file.StandardOpenOption.APPEND);
            assertThat(RulesVersion.of("v", changed)).as(file).isNotEqualTo(before);
            assertThat(RulesVersion.of("v", jar(changed))).as(file + " in a jar").isNotEqualTo(before);
            Folders.deleteTree(changed);
            Files.deleteIfExists(dir.resolve("changed.jar"));
        }
        Path added = folder("added");
        write(added, "org/archivelistings/pages/chrome.txt", "Skip to content\n");
        assertThat(RulesVersion.of("v", added)).as("a new rule file").isNotEqualTo(before);
    }

    @Test
    void theJobsShellAndTheBenchmarkDoNotCount() throws Exception {
        String before = RulesVersion.of("v", folder("a"));
        Path other = folder("b");
        write(other, "org/archivelistings/jobs/JobRunner.class", "another shell");
        write(other, "org/archivelistings/bench/titles.txt", "other words");
        assertThat(RulesVersion.of("v", other)).isEqualTo(before);
    }

    @Test
    void theRunningCodeIsFingerprintedFromItsClassesFolder() {
        Path root = RulesVersion.classpathRoot();
        assertThat(root.resolve("org/archivelistings/merge/documents-merge.sql")).exists();
        assertThat(RulesVersion.current()).isEqualTo(RulesVersion.of("dev", root)).isEqualTo(RulesVersion.current());
    }
}
