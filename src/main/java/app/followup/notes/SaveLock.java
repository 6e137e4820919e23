package app.followup.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLockInterruptionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two FollowUp processes (two windows, two {@code new-round}s) from reading and replacing one notes file at
 * the same time. The lock is taken on the file the path names now; since saving replaces that file by a new one,
 * a process that waited re-checks that the path still names the file it locked, and locks the new one otherwise.
 * It locks a byte far past the end of the file, so that on Windows, where locks are mandatory, the content stays
 * readable to everyone. Programs that do not lock (an editor, a sync client) are caught by comparing the content
 * just before the move instead ({@link NotesFile}).
 */
final class SaveLock implements AutoCloseable {
    private static final long POSITION = Long.MAX_VALUE - 1;
    /** File locks belong to the process: threads of this one wait here instead. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final Object identity;

    private SaveLock(FileChannel channel, Object identity) {
        this.channel = channel;
        this.identity = identity;
    }

    /** Waits for the lock of an existing file, found by its real path. */
    static SaveLock acquire(Path real) throws IOException {
        IN_PROCESS.lock();
        try {
            while (true) {
                Object before = identity(real);
                FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, StandardOpenOption.WRITE);
                boolean locked = false;
                try {
                    if (Objects.equals(before, identity(real))) {
                        lockUnlessUnsupported(channel);
                        if (Objects.equals(before, identity(real))) {
                            locked = true;
                            return new SaveLock(channel, before);
                        }
                    }
                } finally {
                    if (!locked) {
                        channel.close();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            IN_PROCESS.unlock();
            throw e;
        }
    }

    /**
     * Some network file systems have no locks: saving goes on without one, guarded by the check before the move
     * alone, rather than failing.
     */
    private static void lockUnlessUnsupported(FileChannel channel) throws IOException {
        try {
            channel.lock(POSITION, 1, false);
        } catch (FileLockInterruptionException e) {
            throw e;
        } catch (IOException e) {
            if (!channel.isOpen()) {
                throw e;
            }
        }
    }

    /**
     * The locked file's content, read through the locked channel: on Linux and macOS, closing any other handle
     * of the file would release this process's lock on it.
     */
    byte[] read(int limit) throws IOException {
        long size = channel.size();
        if (size > limit) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        long position = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        return buffer.position() == buffer.capacity() ? buffer.array() : Arrays.copyOf(buffer.array(),
                buffer.position());
    }

    /**
     * Whether the path still names the locked file: false when a program that takes no lock moved another file
     * over it. Where the file system has no file keys (Windows), the path is read again and compared instead;
     * there, locks belong to a handle and reading does not release them.
     */
    boolean stillHolds(Path real, byte[] expected) throws IOException {
        if (identity != null) {
            return identity.equals(identity(real)) && Arrays.equals(read(Integer.MAX_VALUE - 8), expected);
        }
        return Arrays.equals(Files.readAllBytes(real), expected);
    }

    /** The file key (device and inode on Linux and macOS); null on Windows, where the content check remains. */
    private static Object identity(Path real) throws IOException {
        return Files.readAttributes(real, BasicFileAttributes.class).fileKey();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
