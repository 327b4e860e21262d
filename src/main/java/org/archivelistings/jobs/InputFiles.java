package org.archivelistings.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The input files of a run, in a fixed order (the order decides record order and restart positions). */
final class InputFiles {
    private InputFiles() {}

    /** Relative names of the page files under {@code input} (a folder, or a single file), sorted. */
    static List<String> list(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input.getFileName().toString());
        }
        // Linked folders are walked too: a folder of links to the archive's folders must not read as empty.
        // A link back to an ancestor fails the listing (FileSystemLoopException names it) rather than loop.
        try (Stream<Path> walk = Files.walk(input, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(InputFiles::isPageFile)
                    .map(p -> input.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder relative names resolve against. */
    static Path root(Path input) {
        return Files.isRegularFile(input) ? input.toAbsolutePath().getParent() : input;
    }

    private static boolean isPageFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        // README files describe a folder; they are not saved pages.
        return !name.equals("readme.md") && !name.equals("readme.txt") && !name.endsWith(".md");
    }
}
