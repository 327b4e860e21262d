package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a job's output folder, held while a run writes there. The OS releases it
 * when the process dies, however it dies, which is how a later run tells a crashed execution (lock free)
 * from a running one (lock held), and why two runs can never write the same folder at once.
 */
final class JobLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process (or this one) holds it. */
    static JobLock tryAcquire(Path outputDir) {
        try {
            Files.createDirectories(outputDir);
            FileChannel channel = FileChannel.open(outputDir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                return new JobLock(channel, lock);
            } catch (OverlappingFileLockException e) {
                channel.close();
                return null;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + outputDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock with the channel anyway.
        }
    }
}
