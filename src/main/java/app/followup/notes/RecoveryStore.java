package app.followup.notes;

import app.followup.model.Notes;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The recovery copies of unsaved work, kept in the user's data folder a few seconds behind the typing, so that a
 * crash or a killed process costs at most those seconds. Each open document (each window process) has its own
 * slot, a folder holding the copy, the file it came from, and a lock file its process keeps locked while it runs:
 * a second window never sees, offers or discards the copy of a window that is still open, and only a slot whose
 * lock is free (its process ended) is offered. The folders are private to the user (0700) and the files too (0600):
 * the copy holds the private notes, such as the salary expectation.
 */
public final class RecoveryStore {
    private static final String NOTES = "recovery.followup.json";
    private static final String ORIGIN = "recovery.origin";
    private static final String LOCK = "owner.lock";
    private final Path folder;
    private Slot own;

    /** What was recovered: the notes, the file they came from (null for a new application), and its slot. */
    public record Recovered(Notes notes, Path origin, Slot slot) {
    }

    /** One process's recovery folder, locked by the process that holds it. */
    public static final class Slot {
        private final Path folder;
        private final FileChannel channel;

        private Slot(Path folder, FileChannel channel) {
            this.folder = folder;
            this.channel = channel;
        }

        private void delete() {
            AtomicFiles.discard(folder.resolve(NOTES));
            AtomicFiles.discard(folder.resolve(ORIGIN));
            // released before the lock file goes: Windows deletes an open file only once it is closed
            release();
            AtomicFiles.discard(folder.resolve(LOCK));
            AtomicFiles.discard(folder);
        }

        private void release() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a lock file cannot lose work
            }
        }
    }

    /**
     * The JSON reader and writer are made when a copy is kept or read, on the background thread: the window makes
     * its store before its first frame, and loading the JSON library there would hold that frame up.
     */
    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public synchronized void keep(Notes notes, Path origin) throws NotesException {
        Slot slot = ownSlot();
        AtomicFiles.writePrivate(slot.folder.resolve(ORIGIN), (origin == null ? ""
                : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writePrivate(slot.folder.resolve(NOTES), new NotesWriter().write(notes));
    }

    private Slot ownSlot() throws NotesException {
        if (own == null) {
            try {
                FilePermissions.makePrivateFolder(folder);
                Path slotFolder = folder.resolve(UUID.randomUUID().toString());
                FilePermissions.makePrivateFolder(slotFolder);
                own = tryLock(slotFolder).orElseThrow(() -> new IOException("a new recovery folder is locked"));
            } catch (IOException e) {
                throw new NotesException("the recovery folder cannot be made: " + AtomicFiles.reason(e), e);
            }
        }
        return own;
    }

    /**
     * A copy left by a process that did not end cleanly; empty when there is none, or only copies of processes
     * still running. The slot found stays locked by this process until it is {@link #adopt adopted} or
     * {@link #discard discarded}, so that another window starting now does not offer it too.
     */
    public synchronized Optional<Recovered> find() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> slots = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path slotFolder : slots) {
                if (own != null && slotFolder.equals(own.folder)) {
                    continue;
                }
                Optional<Slot> orphan = tryLock(slotFolder);
                if (orphan.isPresent()) {
                    Optional<Recovered> recovered = read(orphan.get());
                    if (recovered.isPresent()) {
                        return recovered;
                    }
                    orphan.get().delete();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Recovered> read(Slot slot) {
        try {
            Path notes = slot.folder.resolve(NOTES);
            if (!Files.isRegularFile(notes)) {
                return Optional.empty();
            }
            Path originFile = slot.folder.resolve(ORIGIN);
            String origin = Files.isRegularFile(originFile) ? Files.readString(originFile).strip() : "";
            return Optional.of(new Recovered(new NotesReader().read(Files.readAllBytes(notes)),
                    origin.isEmpty() ? null : Path.of(origin), slot));
        } catch (IOException | NotesException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The lock of a slot, when no running process holds it. */
    private static Optional<Slot> tryLock(Path slotFolder) throws IOException {
        Path lockFile = slotFolder.resolve(LOCK);
        FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                FilePermissions.privateFile(lockFile));
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new Slot(slotFolder, channel));
            }
        } catch (OverlappingFileLockException e) {
            // held by this process: another window of this process (tests) or a slot it already found
        }
        channel.close();
        return Optional.empty();
    }

    /** Makes recovered work this process's own copy, and removes the slot it came from. */
    public synchronized void adopt(Recovered recovered) throws NotesException {
        keep(recovered.notes(), recovered.origin());
        recovered.slot().delete();
    }

    /** Throws recovered work away. */
    public synchronized void discard(Recovered recovered) {
        recovered.slot().delete();
    }

    /** Removes this process's copy: the work was saved or deliberately thrown away. */
    public synchronized void clear() {
        if (own != null) {
            AtomicFiles.discard(own.folder.resolve(NOTES));
            AtomicFiles.discard(own.folder.resolve(ORIGIN));
        }
    }

    /**
     * Lets go of this process's slot without removing its copy, as the end of the process would; for tests that
     * play a crashed process and its successor in one JVM.
     */
    public synchronized void release() {
        if (own != null) {
            own.release();
            own = null;
        }
    }
}
