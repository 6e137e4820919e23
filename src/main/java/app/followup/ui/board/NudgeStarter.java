package app.followup.ui.board;

import app.followup.applications.FollowUps;
import app.followup.letter.NudgeComposer;
import app.followup.mail.AttachmentName;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.SendViewModel;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Opens the nudge (or the letter closing the loop) a row is offered, written from the file as it is when the user
 * asks, and tells the board when it has gone out.
 */
final class NudgeStarter {
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final BoardDialogs dialogs;
    private final LinkOpener links;
    private final I18n i18n;
    private final BoardExports exports;
    private final Runnable reload;
    private final NotesFile notesFile = new NotesFile();
    private final ReadOnlyObjectWrapper<NudgeViewModel> nudge = new ReadOnlyObjectWrapper<>();
    private NudgeComposer composer;

    /** @param reload reads the board again, once a nudge is recorded or turns out to be no longer due */
    NudgeStarter(BackgroundRunner background, Supplier<LocalDate> today, BoardDialogs dialogs, LinkOpener links,
                 I18n i18n, BoardExports exports, Runnable reload) {
        this.background = background;
        this.today = today;
        this.dialogs = dialogs;
        this.links = links;
        this.i18n = i18n;
        this.exports = exports;
        this.reload = reload;
    }

    private record LoadedNotes(Notes notes, NudgeComposer composer) {
    }

    /** The file may have changed since the board read it, so what it asks for is looked at again. */
    void write(BoardRow row) {
        if (row == null || row.offer() == null) {
            return;
        }
        LocalDate day = today.get();
        background.run(() -> {
            try {
                return new LoadedNotes(notesFile.load(row.file()), composer());
            } catch (NotesException e) {
                throw new IllegalStateException(row.file().getFileName() + ": " + e.getMessage(), e);
            }
        }, loaded -> {
            NudgeComposer.Kind kind = FollowUps.offered(loaded.notes(), day).orElse(null);
            if (kind == null) {
                exports.say(false, "board.nudge.notDue", row.employer());
                reload.run();
                return;
            }
            NudgeViewModel writing = new NudgeViewModel(loaded.notes(), kind, day, loaded.composer(),
                    new FileNudgeRecorder(row.file(), day, background, done -> {
                        exports.say(false, "board.nudge." + done, row.employer());
                        reload.run();
                    }),
                    letter -> new SendViewModel(letter, loaded.notes()::candidate,
                            name -> dialogs.chooseEmailDraft(
                                    AttachmentName.withEmployer(name, loaded.notes().employer().name()),
                                    row.file().getParent()), links, background, i18n));
            writing.finishedProperty().addListener((o, was, done) -> {
                if (done && nudge.get() == writing) {
                    nudge.set(null);
                }
            });
            nudge.set(writing);
        }, error -> exports.tell(String.valueOf(error.getMessage()), true));
    }

    /** Made on first use, off the JavaFX thread: it reads the user's template folder. */
    private synchronized NudgeComposer composer() {
        if (composer == null) {
            composer = NudgeComposer.standard();
        }
        return composer;
    }

    /** The nudge being written, or null. */
    ReadOnlyObjectProperty<NudgeViewModel> nudgeProperty() {
        return nudge.getReadOnlyProperty();
    }
}
