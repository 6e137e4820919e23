package app.followup.notes;

import java.util.Locale;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import app.followup.model.Notes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens and saves notes files. Saving is atomic, keeps the previous version as {@code NAME.bak}, writes through a
 * symbolic link to the file it points to, and holds the file's {@link SaveLock} so that two FollowUp processes
 * never interleave a read and a write.
 */
public final class NotesFile {
    /**
     * The largest notes file read: a real one is a few kilobytes, and a file many times the largest plausible one
     * (a hundred rounds of long notes is under 2 MB) is refused before it is read, so that a wrong file never
     * exhausts the memory.
     */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    // no reader or writer kept: both are stateless, and making them loads the JSON library, which the window
    // would otherwise do before its first frame for every view-model holding a NotesFile

    /** Notes as read, and the fingerprint of the very bytes they were read from. */
    public record Opened(Notes notes, String fingerprint) {
    }

    /** A change to the notes, made while the file is locked. */
    @FunctionalInterface
    public interface Change {
        Notes apply(Notes notes) throws NotesException;
    }

    /** The notes alone, without the fingerprint (hashing costs a short command-line run about 20 ms). */
    public Notes load(Path file) throws NotesException {
        return new NotesReader().read(readBytes(file));
    }

    public Opened open(Path file) throws NotesException {
        byte[] bytes = readBytes(file);
        return new Opened(new NotesReader().read(bytes), fingerprint(bytes));
    }

    /** Saves, and returns the fingerprint of what was written. */
    public String save(Path file, Notes notes) throws NotesException {
        Path real = writableTarget(file);
        byte[] bytes = new NotesWriter().write(notes);
        if (!Files.exists(real)) {
            write(() -> AtomicFiles.write(real, bytes, false));
            return fingerprint(bytes);
        }
        try (SaveLock lock = SaveLock.acquire(real)) {
            byte[] current = lockedBytes(lock);
            refuseForeignFile(current);
            replace(real, lock, current, bytes);
            return fingerprint(bytes);
        } catch (IOException e) {
            throw writeProblem(e);
        }
    }

    /**
     * Reads the file, changes the notes and saves them, all under the file's lock: two processes doing this at
     * once both get their change in, one after the other. Returns the notes as saved.
     */
    public Notes update(Path file, Change change) throws NotesException {
        Path real = writableTarget(file);
        if (!Files.exists(real)) {
            throw new MissingFileException("no such file", null);
        }
        try (SaveLock lock = SaveLock.acquire(real)) {
            byte[] current = lockedBytes(lock);
            Notes updated = change.apply(new NotesReader().read(current));
            replace(real, lock, current, new NotesWriter().write(updated));
            return updated;
        } catch (IOException e) {
            throw writeProblem(e);
        }
    }

    /** The file a save writes (the target of a link), refused when the user marked it or its folder read-only. */
    private static Path writableTarget(Path file) throws NotesException {
        Path real = AtomicFiles.realTarget(file);
        // renaming over a read-only file would succeed on Linux (and root may write anything): the user's
        // read-only mark on the file or its folder is respected instead
        Path folder = real.getParent();
        if ((Files.exists(real) && FilePermissions.isMarkedReadOnly(real))
                || (folder != null && Files.exists(folder) && FilePermissions.isMarkedReadOnly(folder))) {
            throw new ReadOnlyException();
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new NotesException("is not a regular file (a folder, a pipe or a device); nothing was saved");
        }
        return real;
    }

    /**
     * Stages the new content and a copy of the old as {@code NAME.bak}, then moves them into place; just before
     * the move, the file must still hold what was read, or nothing is replaced (a program that does not take the
     * lock, such as an editor or a sync client, changed it meanwhile).
     */
    private static void replace(Path real, SaveLock lock, byte[] current, byte[] bytes) throws NotesException {
        Path staged = null;
        Path stagedBackup = null;
        try {
            staged = AtomicFiles.stage(real, bytes);
            stagedBackup = AtomicFiles.stage(real, current);
            AtomicFiles.commit(stagedBackup, real.resolveSibling(real.getFileName() + ".bak"));
            stagedBackup = null;
            if (!lock.stillHolds(real, current)) {
                throw new NotesException("not saved: another program changed the file while it was being saved; "
                        + "open it again");
            }
            AtomicFiles.commit(staged, real);
            staged = null;
        } catch (IOException e) {
            throw writeProblem(e);
        } finally {
            AtomicFiles.discard(staged);
            AtomicFiles.discard(stagedBackup);
        }
    }

    private static byte[] lockedBytes(SaveLock lock) throws IOException, NotesException {
        byte[] bytes = lock.read(MAX_BYTES);
        if (bytes == null) {
            throw tooLarge(MAX_BYTES + 1L);
        }
        return bytes;
    }

    private interface Write {
        void run() throws NotesException;
    }

    private static void write(Write write) throws NotesException {
        try {
            write.run();
        } catch (NotesException e) {
            if (e.getCause() instanceof AccessDeniedException) {
                throw new ReadOnlyException();
            }
            throw e;
        }
    }

    private static NotesException writeProblem(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ReadOnlyException();
        }
        return new NotesException("cannot be written: " + AtomicFiles.reason(e), e);
    }

    /**
     * What the file holds now, to notice a change by another program or a sync folder: a hash of its bytes,
     * or "missing".
     */
    public String fingerprint(Path file) {
        try {
            return fingerprint(readBytes(file));
        } catch (NotesException e) {
            return e instanceof MissingFileException ? "missing" : "unreadable";
        }
    }

    private static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The file's bytes. Only a regular file is opened: a pipe or a device would make the read wait for ever or
     * never end. A file above {@link #MAX_BYTES} is refused before it is read.
     */
    private static byte[] readBytes(Path file) throws NotesException {
        try {
            if (Files.isDirectory(file)) {
                throw new NotesException("is a folder, not a notes file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new NotesException("is not a regular file (a pipe, a device or a socket), not a notes file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new MissingFileException(Files.isSymbolicLink(file) ? "is a link to a file that does not exist"
                    : "no such file", e);
        } catch (AccessDeniedException e) {
            throw new NotesException("cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new NotesException("cannot be read: " + AtomicFiles.reason(e), e);
        }
    }

    private static NotesException tooLarge(long size) {
        return new NotesException(String.format(Locale.ROOT, "is %.1f MB; notes files over %d MB are "
                + "refused (a notes file is a few kB): is this the right file?", size / 1048576.0,
                MAX_BYTES / 1048576));
    }

    /** A file of another format or of a newer version is never overwritten, whatever the caller wants. */
    private void refuseForeignFile(byte[] current) throws NotesException {
        try {
            new NotesReader().read(current);
        } catch (NewerVersionException e) {
            throw new NotesException("not saved: the file on disk was "
                    + NewerVersionException.writtenByNewer(e.version()), e);
        } catch (ForeignFileException e) {
            throw new NotesException("not saved: the file on disk is not a FollowUp notes file", e);
        } catch (NotesException e) {
            // a broken notes file may be replaced by a good one
        }
    }
}
