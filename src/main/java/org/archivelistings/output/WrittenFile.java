package org.archivelistings.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file's SHA-256 and length as they were taken while it was written. Kept beside the file as
 * {@code name.sha256} so that a later step (publish, possibly after a restart) need not read it again.
 */
public record WrittenFile(String sha256, long bytes) {

    public static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    /** Writes the sidecar; the file itself is already complete. */
    public void save(Path file) throws IOException {
        Files.writeString(sidecar(file), sha256 + " " + bytes + "\n", StandardCharsets.US_ASCII);
    }

    /**
     * The sidecar of {@code file}, if there is one and the file still has its length: a file rewritten
     * by anything else has lost its sidecar (every writer here deletes it first) or changed its length.
     */
    public static Optional<WrittenFile> load(Path file) throws IOException {
        Path side = sidecar(file);
        if (!Files.exists(side) || !Files.exists(file)) {
            return Optional.empty();
        }
        String[] parts = Files.readString(side, StandardCharsets.US_ASCII).trim().split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        WrittenFile w = new WrittenFile(parts[0], Long.parseLong(parts[1]));
        return w.bytes() == Files.size(file) ? Optional.of(w) : Optional.empty();
    }

    /** The fallback for a file written without a digest: read it once. */
    public static WrittenFile read(Path file) throws IOException {
        return new WrittenFile(FileDigest.sha256(file), Files.size(file));
    }
}
