package app.followup.ui;

import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Opens a notes file off the JavaFX thread and exposes the composed letter of its last round. */
public final class LetterViewModel {
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final NotesFile files = new NotesFile();
    private final LetterComposer composer = LetterComposer.standard();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("FollowUp");
    private final ReadOnlyStringWrapper letterText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Open a notes file to see its letter.");

    public LetterViewModel(BackgroundRunner background, Supplier<LocalDate> today) {
        this.background = background;
        this.today = today;
    }

    public void open(Path file) {
        message.set("Opening " + file.getFileName() + "…");
        background.run(() -> load(file), letter -> {
            letterText.set(EmailText.of(letter));
            windowTitle.set("FollowUp - " + file.getFileName());
            message.set(file.toString());
        }, error -> message.set(file.getFileName() + ": " + error.getMessage()));
    }

    private Letter load(Path file) {
        try {
            Notes notes = files.load(file);
            if (notes.rounds().isEmpty()) {
                throw new IllegalArgumentException("has no interview rounds yet");
            }
            return composer.compose(notes, notes.rounds().size() - 1, today.get());
        } catch (NotesException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty letterTextProperty() {
        return letterText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
