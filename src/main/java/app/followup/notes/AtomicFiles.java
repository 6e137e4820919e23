package app.followup.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes whole files or nothing: content is staged in a hidden temporary file in the target's folder, flushed to
 * disk, then moved over the target in one step. A crash leaves the old file or the new one, never half of either.
 * A target reached through a symbolic link is written where the link points; the link stays.
 */
public final class AtomicFiles {
    /** Enough of the target's name to tell whose temporary file it is, short enough to stay a legal name. */
    private static final int TEMP_NAME_PART = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Writes one file atomically; with {@code keepBackup} the previous version is kept as {@code NAME.bak}. */
    public static void write(Path file, byte[] content, boolean keepBackup) throws NotesException {
        Path target = realTarget(file);
        Path staged = stage(target, content);
        Path stagedBackup = null;
        try {
            if (keepBackup && Files.isRegularFile(target)) {
                // the backup is staged and moved like the file itself: a crash or a full disk never leaves a
                // truncated .bak, and the old .bak stays until the new one is complete
                stagedBackup = stage(target, Files.readAllBytes(target));
                commit(stagedBackup, target.resolveSibling(target.getFileName() + ".bak"));
                stagedBackup = null;
            }
            commit(staged, target);
            staged = null;
        } catch (IOException e) {
            throw problem(e);
        } finally {
            discard(staged);
            discard(stagedBackup);
        }
    }

    /** Writes a file only its owner can read (0600 where the file system has permissions). */
    public static void writePrivate(Path file, byte[] content) throws NotesException {
        Path target = realTarget(file);
        Path staged = null;
        try {
            staged = newTemp(target, FilePermissions.privateFile(target));
            fill(staged, content);
            commit(staged, target);
            staged = null;
        } catch (IOException e) {
            throw problem(e);
        } finally {
            discard(staged);
        }
    }

    /** The file a path names once symbolic links are followed: writing replaces that file, not the link. */
    static Path realTarget(Path file) throws NotesException {
        Path absolute = file.toAbsolutePath();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw problem(e);
        }
    }

    /**
     * Writes the content to a new temporary file beside the target and returns it. It has the target's
     * permissions when the target exists, else those the user's umask gives a new file.
     */
    public static Path stage(Path target, byte[] content) throws NotesException {
        Path temp = null;
        try {
            temp = newTemp(target, new FileAttribute<?>[0]);
            fill(temp, content);
            FilePermissions.copy(target, temp);
            return temp;
        } catch (IOException e) {
            discard(temp);
            throw problem(e);
        }
    }

    private static Path newTemp(Path target, FileAttribute<?>[] attributes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        int end = name.offsetByCodePoints(0, Math.min(TEMP_NAME_PART, name.codePointCount(0, name.length())));
        while (true) {
            Path temp = folder.resolve("." + name.substring(0, end) + "." + randomPart() + ".tmp");
            try {
                // created with the umask's permissions (or private ones), unlike createTempFile's fixed 0600
                Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        attributes).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another writer picked the same name: draw again
            }
        }
    }

    private static String randomPart() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void fill(Path temp, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
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

    /**
     * What went wrong, without the path: the message of a file-system error names the file it was about,
     * which may be a hidden temporary file the user never asked for.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static NotesException problem(IOException e) {
        return new NotesException("cannot be written: " + reason(e), e);
    }
}
