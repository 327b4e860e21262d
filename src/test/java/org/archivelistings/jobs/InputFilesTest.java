package org.archivelistings.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    private Path page(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "12 June 1956\nTitle\n");
    }

    @Test
    void pagesAreListedSortedWithoutReadmesOrHiddenFiles() throws Exception {
        page(dir.resolve("b/2.txt"));
        page(dir.resolve("a/1.txt"));
        page(dir.resolve("a/.hidden.txt"));
        page(dir.resolve("README.md"));
        assertEquals(List.of("a/1.txt", "b/2.txt"), InputFiles.list(dir));
    }

    @Test
    void linkedFoldersAndFilesAreRead() throws Exception {
        Path archive = dir.resolve("archive");
        page(archive.resolve("1956/p1.txt"));
        page(archive.resolve("p0.txt"));
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.createSymbolicLink(input.resolve("1956"), archive.resolve("1956"));
        Files.createSymbolicLink(input.resolve("p0.txt"), archive.resolve("p0.txt"));
        assertEquals(List.of("1956/p1.txt", "p0.txt"), InputFiles.list(input));
    }

    @Test
    void aLinkBackToAnAncestorFailsInsteadOfLooping() throws Exception {
        Path input = dir.resolve("input");
        page(input.resolve("sub/p.txt"));
        Files.createSymbolicLink(input.resolve("sub/loop"), input);
        assertThrows(UncheckedIOException.class, () -> InputFiles.list(input));
    }
}
