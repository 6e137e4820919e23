package app.followup.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The user's read and write permissions where the file system has POSIX permissions (Linux, macOS); elsewhere
 * (Windows) files inherit their folder's access rules and only "is it writable" can be asked.
 */
final class FilePermissions {
    static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private FilePermissions() {
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** No write permission for the owner: a mark the user set, respected even by users who could write anyway. */
    static boolean isMarkedReadOnly(Path path) {
        if (!posix(path)) {
            return !Files.isWritable(path);
        }
        try {
            return !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Attributes for a file only its owner may read, where the file system knows owners. */
    static FileAttribute<?>[] privateFile(Path path) {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FILE)}
                : new FileAttribute<?>[0];
    }

    /** Makes a folder only its owner may enter, and tightens one an older version made readable to all. */
    static void makePrivateFolder(Path folder) throws IOException {
        if (!posix(folder)) {
            Files.createDirectories(folder);
            return;
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
        if (!Files.getPosixFilePermissions(folder).equals(PRIVATE_FOLDER)) {
            Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
        }
    }

    /** Gives a staged file the permissions of the file it replaces; a new file keeps what the umask gave it. */
    static void copy(Path from, Path to) throws IOException {
        if (posix(to) && Files.exists(from)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }
}
