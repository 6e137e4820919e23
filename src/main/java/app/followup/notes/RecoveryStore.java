package app.followup.notes;

import app.followup.model.Notes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recovery copy of unsaved work, kept in the user's data folder a few seconds behind the typing, so that a
 * crash or a killed process costs at most those seconds. Written atomically; removed once the work is saved or
 * deliberately discarded.
 */
public final class RecoveryStore {
    private static final String NOTES = "recovery.followup.json";
    private static final String ORIGIN = "recovery.origin";
    private final Path folder;
    private final NotesWriter writer = new NotesWriter();
    private final NotesReader reader = new NotesReader();

    /** What was recovered: the notes, and the file they came from (null for a new application). */
    public record Recovered(Notes notes, Path origin) {
    }

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public synchronized void keep(Notes notes, Path origin) throws NotesException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NotesException("the recovery folder cannot be made: " + e.getMessage(), e);
        }
        AtomicFiles.write(folder.resolve(ORIGIN), (origin == null ? "" : origin.toAbsolutePath().toString())
                .getBytes(StandardCharsets.UTF_8), false);
        AtomicFiles.write(folder.resolve(NOTES), writer.write(notes), false);
    }

    /** The copy left by a session that did not end cleanly; empty when there is none or it is unreadable. */
    public synchronized Optional<Recovered> find() {
        try {
            Path notes = folder.resolve(NOTES);
            if (!Files.isRegularFile(notes)) {
                return Optional.empty();
            }
            Path originFile = folder.resolve(ORIGIN);
            String origin = Files.isRegularFile(originFile) ? Files.readString(originFile).strip() : "";
            return Optional.of(new Recovered(reader.read(Files.readAllBytes(notes)),
                    origin.isEmpty() ? null : Path.of(origin)));
        } catch (IOException | NotesException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public synchronized void clear() {
        AtomicFiles.discard(folder.resolve(NOTES));
        AtomicFiles.discard(folder.resolve(ORIGIN));
    }
}
