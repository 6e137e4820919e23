package app.followup.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The user's read and write permissions where the file system has POSIX permissions (Linux, macOS); elsewhere
 * (Windows) files inherit their folder's access rules and only "is it writable" can be asked.
 */
final class FilePermissions {
    private FilePermissions() {
    }

    private static boolean posix(Path path) {
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

    /** Gives a new file the permissions of the one it replaces, or rw-r--r-- (temporary files start private). */
    static void copyOrDefault(Path from, Path to) throws IOException {
        if (posix(to)) {
            Files.setPosixFilePermissions(to, Files.exists(from) ? Files.getPosixFilePermissions(from)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
