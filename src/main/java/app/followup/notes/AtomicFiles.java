package app.followup.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes whole files or nothing: content is staged in a hidden temporary file in the target's folder, flushed to
 * disk, then moved over the target in one step. A crash leaves the old file or the new one, never half of either.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes one file atomically; with {@code keepBackup} the previous version is kept as {@code NAME.bak}. */
    public static void write(Path file, byte[] content, boolean keepBackup) throws NotesException {
        Path target = file.toAbsolutePath();
        Path staged = stage(target, content);
        try {
            if (keepBackup && Files.isRegularFile(target)) {
                Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            commit(staged, target);
            staged = null;
        } catch (IOException e) {
            throw problem(e);
        } finally {
            discard(staged);
        }
    }

    /** Writes the content to a new temporary file beside the target and returns it. */
    public static Path stage(Path target, byte[] content) throws NotesException {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            FilePermissions.copyOrDefault(target, temp);
            return temp;
        } catch (IOException e) {
            discard(temp);
            throw problem(e);
        }
    }

    /** Moves a staged file over its target in one step. */
    public static void commit(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a staged file that will not be used; null is fine. */
    public static void discard(Path staged) {
        if (staged == null) {
            return;
        }
        try {
            Files.deleteIfExists(staged);
        } catch (IOException ignored) {
            // a hidden temporary file left behind is harmless; the error that matters is already reported
        }
    }

    private static NotesException problem(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new NotesException("cannot be written: permission denied", e);
        }
        if (e instanceof NoSuchFileException) {
            return new NotesException("cannot be written: the folder does not exist", e);
        }
        return new NotesException("cannot be written: " + e.getMessage(), e);
    }
}
