package app.followup.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an export may be written. Paths are compared as the files they reach, not as written: through a
 * symbolic link, a linked folder, a hard link, or a name in other letter case on a file system that ignores case,
 * an output that is the notes file is refused. Only a regular file or a new name is written: a device, a pipe or a
 * folder is never replaced, and neither is a file the user marked read-only.
 */
public final class OutputTarget {
    /** The longest file name most file systems allow (ext4, APFS, NTFS count 255 bytes or UTF-16 units). */
    static final int MAX_NAME_BYTES = 255;

    private final Path real;

    private OutputTarget(Path real) {
        this.real = real;
    }

    /** The file to write: the one the path reaches once links are followed. */
    public Path real() {
        return real;
    }

    /**
     * A key two outputs of one command share when they may be one file: the real path with its letters folded, since
     * on macOS and Windows "Letter.pdf" and "letter.pdf" are the same file.
     */
    public String collisionKey() {
        return real.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a target before anything is written.
     *
     * @param notesFile the notes file the export comes from, never to be overwritten; null when there is none
     */
    public static OutputTarget check(Path target, Path notesFile) throws NotesException {
        Path absolute = target.toAbsolutePath();
        Path name = absolute.getFileName();
        if (name == null) {
            throw new NotesException("names a folder, not a file");
        }
        int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new NotesException("cannot be written: the file name is " + bytes + " bytes long; file systems allow "
                    + MAX_NAME_BYTES);
        }
        try {
            if (Files.exists(absolute)) {
                return existing(absolute, notesFile);
            }
            if (Files.isSymbolicLink(absolute)) {
                throw new NotesException("is a link to a file that does not exist; name the file itself");
            }
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new NotesException("cannot be written: the folder does not exist");
            }
            if (FilePermissions.isMarkedReadOnly(folder)) {
                throw new NotesException("cannot be written: the folder is read-only");
            }
            return new OutputTarget(folder.toRealPath().resolve(name.toString()));
        } catch (IOException e) {
            throw new NotesException("cannot be written: " + AtomicFiles.reason(e), e);
        }
    }

    private static OutputTarget existing(Path absolute, Path notesFile) throws IOException, NotesException {
        if (notesFile != null && Files.exists(notesFile) && Files.isSameFile(absolute, notesFile)) {
            throw new NotesException("would overwrite the notes file itself");
        }
        if (Files.isDirectory(absolute)) {
            throw new NotesException("names a folder, not a file");
        }
        if (!Files.isRegularFile(absolute)) {
            throw new NotesException("is not a regular file (a device, a pipe or a socket); name a new file or an "
                    + "ordinary one");
        }
        Path real = absolute.toRealPath();
        if (FilePermissions.isMarkedReadOnly(real)) {
            throw new NotesException("is read-only; it was not replaced");
        }
        Path folder = real.getParent();
        if (folder != null && FilePermissions.isMarkedReadOnly(folder)) {
            throw new NotesException("cannot be written: the folder is read-only");
        }
        return new OutputTarget(real);
    }

    /** Whether two existing targets are one file by another name (a hard link, a link, letter case). */
    public boolean sameFileAs(OutputTarget other) {
        try {
            return Files.exists(real) && Files.exists(other.real) && Files.isSameFile(real, other.real);
        } catch (IOException e) {
            return false;
        }
    }
}
