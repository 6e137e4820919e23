package app.followup.ui.board;

import app.followup.applications.FollowUps;
import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.Nudge;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import app.followup.ui.common.BackgroundRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Writes a nudge, or a closed state, straight into a notes file from the board: read, changed and saved under
 * the file's lock, atomically, the previous version kept as {@code .bak}, as the window saves.
 */
final class FileNudgeRecorder implements NudgeRecorder {
    private final Path file;
    private final LocalDate today;
    private final BackgroundRunner background;
    private final Consumer<String> saved;
    private final NotesFile notesFile = new NotesFile();

    /**
     * @param saved told after each change that reached the file, on the JavaFX thread: {@code recorded} for a
     *              letter recorded as sent, {@code closed} for the application closed
     */
    FileNudgeRecorder(Path file, LocalDate today, BackgroundRunner background, Consumer<String> saved) {
        this.file = file;
        this.today = today;
        this.background = background;
        this.saved = saved;
    }

    @Override
    public void recordSent(Nudge nudge, Runnable done, Consumer<String> failed) {
        change(file, notes -> FollowUps.withSent(notes, nudge), "recorded", done, failed);
    }

    @Override
    public void close(ApplicationState state, Runnable done, Consumer<String> failed) {
        change(file, notes -> notes.withStatus(new ApplicationStatus(state, today, notes.status().extras())), "closed",
                done, failed);
    }

    private void change(Path target, NotesFile.Change change, String what, Runnable done, Consumer<String> failed) {
        background.run(() -> {
            try {
                return notesFile.update(target, change);
            } catch (NotesException e) {
                throw new IllegalStateException(target.getFileName() + ": " + e.getMessage(), e);
            }
        }, notes -> {
            saved.accept(what);
            done.run();
        }, error -> failed.accept(String.valueOf(error.getMessage())));
    }
}
