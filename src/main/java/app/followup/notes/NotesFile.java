package app.followup.notes;

import app.followup.model.Notes;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens and saves notes files. Saving is atomic and keeps the previous version as {@code NAME.bak}. */
public final class NotesFile {
    private final NotesReader reader = new NotesReader();
    private final NotesWriter writer = new NotesWriter();

    /** Notes as read, and the fingerprint of the very bytes they were read from. */
    public record Opened(Notes notes, String fingerprint) {
    }

    /** The notes alone, without the fingerprint (hashing costs a short command-line run about 20 ms). */
    public Notes load(Path file) throws NotesException {
        return reader.read(readBytes(file));
    }

    public Opened open(Path file) throws NotesException {
        byte[] bytes = readBytes(file);
        return new Opened(reader.read(bytes), fingerprint(bytes));
    }

    /** Saves, and returns the fingerprint of what was written. */
    public String save(Path file, Notes notes) throws NotesException {
        refuseForeignFile(file);
        // renaming over a read-only file would succeed on Linux (and root may write anything): the user's
        // read-only mark on the file or its folder is respected instead
        Path folder = file.toAbsolutePath().getParent();
        if ((Files.exists(file) && FilePermissions.isMarkedReadOnly(file)) || (folder != null && FilePermissions.isMarkedReadOnly(folder))) {
            throw new ReadOnlyException();
        }
        byte[] bytes = writer.write(notes);
        try {
            AtomicFiles.write(file, bytes, true);
            return fingerprint(bytes);
        } catch (NotesException e) {
            if (e.getCause() instanceof AccessDeniedException) {
                throw new ReadOnlyException();
            }
            throw e;
        }
    }

    /**
     * What the file holds now, to notice a change by another program or a sync folder: a hash of its bytes,
     * or "missing".
     */
    public String fingerprint(Path file) {
        try {
            return fingerprint(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return "missing";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public byte[] toBytes(Notes notes) {
        return writer.write(notes);
    }

    private static byte[] readBytes(Path file) throws NotesException {
        try {
            if (Files.isDirectory(file)) {
                throw new NotesException("is a folder, not a notes file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NotesException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new NotesException("cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new NotesException("cannot be read: " + e.getMessage(), e);
        }
    }

    /** A file of another format or of a newer version is never overwritten, whatever the caller wants. */
    private void refuseForeignFile(Path file) throws NotesException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            reader.read(Files.readAllBytes(file));
        } catch (NewerVersionException e) {
            throw new NotesException("not saved: the file on disk was " + e.getMessage().replace(
                    "; the file was left unchanged", ""), e);
        } catch (NotesException e) {
            if (e.getMessage().startsWith("not a FollowUp notes file")) {
                throw new NotesException("not saved: the file on disk is not a FollowUp notes file", e);
            }
            // a broken notes file may be replaced by a good one
        } catch (IOException e) {
            throw new NotesException("cannot be read before saving: " + e.getMessage(), e);
        }
    }
}
