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

    public Notes load(Path file) throws NotesException {
        return reader.read(readBytes(file));
    }

    public void save(Path file, Notes notes) throws NotesException {
        refuseForeignFile(file);
        AtomicFiles.write(file, writer.write(notes), true);
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
