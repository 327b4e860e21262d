package org.archivelistings.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A named pipe that the engine writes a table into while a thread hashes the bytes on their way to the
 * file, so each output is written once and never read back for its SHA-256. The engine writes files
 * only by path, hence a pipe (POSIX {@code mkfifo}); where there is none the caller hashes afterwards.
 * Written by hand: no library joins an external writer's bytes to a digest.
 */
final class DigestPipe implements AutoCloseable {
    private static final int BUFFER = 1 << 20;
    static final boolean SUPPORTED = probe();
    private static final AtomicLong OPENED = new AtomicLong();

    private final Path pipe;
    private final Thread copier;
    private volatile WrittenFile written;
    private volatile IOException failure;

    private DigestPipe(Path pipe, Path target) {
        this.pipe = pipe;
        this.copier = new Thread(() -> copy(target), "digest " + target.getFileName());
        copier.setDaemon(true);
        copier.start();
    }

    /** A pipe beside {@code target}; whatever is written into {@link #path()} ends in {@code target}. */
    static DigestPipe open(Path target) throws IOException {
        // A name of its own: a release thread of an earlier pipe for the same target may still be opening
        // its path (see close), and must find nothing there rather than this pipe.
        Path pipe = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + OPENED.incrementAndGet() + ".pipe");
        Files.deleteIfExists(pipe);
        mkfifo(pipe);
        return new DigestPipe(pipe, target);
    }

    Path path() {
        return pipe;
    }

    /** Waits for the writer's end of the pipe to close and returns what reached the file. */
    WrittenFile finish() throws IOException {
        try {
            copier.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing through " + pipe, e);
        }
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    @Override
    public void close() throws IOException {
        if (copier.isAlive()) {
            // The writer failed before it opened the pipe, so the copier still waits in open(): a writer that
            // opens and closes at once ends it. On its own daemon thread, because if the copier ends just
            // before, opening for writing would wait for a reader forever.
            Thread release = new Thread(() -> {
                // WRITE without CREATE: if the pipe is already gone, this must not leave a file in its place
                try (OutputStream out = Files.newOutputStream(pipe, StandardOpenOption.WRITE)) {
                    out.flush();
                } catch (IOException ignored) {
                    // the pipe is gone: the copier has ended by itself
                }
            }, "release " + pipe.getFileName());
            release.setDaemon(true);
            release.start();
            try {
                copier.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.deleteIfExists(pipe);
    }

    private void copy(Path target) {
        MessageDigest md = DigestUtils.getSha256Digest();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(pipe)) {
            byte[] buf = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                    bytes += n;
                }
            } catch (IOException e) {
                failure = new IOException("cannot write " + target + ": " + e.getMessage(), e);
                while (in.read(buf) >= 0) { // keep draining: a writer blocked on a full pipe would never end
                }
            }
            written = new WrittenFile(HexFormat.of().formatHex(md.digest()), bytes);
        } catch (IOException e) {
            failure = e;
        }
    }

    private static void mkfifo(Path pipe) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo " + pipe + " failed: " + out.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted in mkfifo " + pipe, e);
        }
    }

    private static boolean probe() {
        try {
            Path dir = Files.createTempDirectory("digest-pipe");
            Path p = dir.resolve("probe");
            mkfifo(p);
            Files.delete(p);
            Files.delete(dir);
            return true;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return false;
        }
    }
}
