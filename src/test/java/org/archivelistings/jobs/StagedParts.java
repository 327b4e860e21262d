package org.archivelistings.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The poll the kill-and-restart tests use to wait until a child job has staged rows. */
final class StagedParts {
    private StagedParts() {}

    /** Whether the run in {@code out} has staged more than {@code parts} sighting parts. */
    static boolean moreThan(Path out, int parts) throws IOException {
        Path folder = out.resolve(PartFiles.FOLDER);
        if (!Files.exists(folder)) {
            return false;
        }
        // The child renames each part from its .tmp name while this walks: a file gone between listing and
        // reading is a race of the poll, not of the job, so the poll just tries again.
        try (var s = Files.walk(folder)) {
            return s.filter(f -> f.getParent().getFileName().toString().equals("sightings")).count() > parts;
        } catch (UncheckedIOException | NoSuchFileException e) {
            return false;
        }
    }
}
