package app.followup.ui.wizard;

import app.followup.applications.FollowUps;
import app.followup.letter.NudgeComposer;
import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.ui.Document;
import app.followup.ui.board.NudgeRecorder;
import app.followup.ui.board.NudgeViewModel;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.SendViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The checklist's offer of a nudge, or of the letter that closes the loop, for the application open in the window
 * once the employer's date has passed: the same letter as from the board, recorded in the open notes and saved
 * with them, so that the window's own save never writes over it.
 */
public final class NudgeOfferViewModel implements NudgeRecorder {
    private final Document document;
    private final Supplier<LocalDate> today;
    private final BackgroundRunner background;
    private final Function<String, Optional<Path>> chooseDraft;
    private final LinkOpener links;
    private final I18n i18n;
    private final Runnable save;
    private final ReadOnlyObjectWrapper<NudgeComposer.Kind> offer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NudgeViewModel> nudge = new ReadOnlyObjectWrapper<>();
    private NudgeComposer composer;

    /** @param save saves the open notes as File → Save does (asking where, when they have no file yet) */
    public NudgeOfferViewModel(Document document, Supplier<LocalDate> today, BackgroundRunner background,
                               Function<String, Optional<Path>> chooseDraft, LinkOpener links, I18n i18n,
                               Runnable save) {
        this.document = document;
        this.today = today;
        this.background = background;
        this.chooseDraft = chooseDraft;
        this.links = links;
        this.i18n = i18n;
        this.save = save;
        document.notesProperty().addListener((o, old, notes) -> offer.set(offered(notes)));
        offer.set(offered(document.notes()));
    }

    private NudgeComposer.Kind offered(Notes notes) {
        return notes == null ? null : FollowUps.offered(notes, today.get()).orElse(null);
    }

    /** Writes the letter offered, from the notes as they stand in the window. */
    public void write() {
        NudgeComposer.Kind kind = offer.get();
        if (kind == null) {
            return;
        }
        LocalDate day = today.get();
        Notes notes = document.notes();
        background.run(this::composer, ready -> {
            NudgeViewModel writing = new NudgeViewModel(notes, kind, day, ready, this,
                    letter -> new SendViewModel(letter, notes::candidate, chooseDraft, links, background, i18n));
            writing.finishedProperty().addListener((o, was, done) -> {
                if (done && nudge.get() == writing) {
                    nudge.set(null);
                }
            });
            nudge.set(writing);
        }, error -> { });
    }

    /** Made on first use, off the JavaFX thread: it reads the user's template folder. */
    private synchronized NudgeComposer composer() {
        if (composer == null) {
            composer = NudgeComposer.standard();
        }
        return composer;
    }

    @Override
    public void recordSent(Nudge sent, Runnable done, Consumer<String> failed) {
        document.update(notes -> FollowUps.withSent(notes, sent));
        save.run();
        done.run();
    }

    @Override
    public void close(ApplicationState state, Runnable done, Consumer<String> failed) {
        LocalDate day = today.get();
        document.update(notes -> notes.withStatus(new ApplicationStatus(state, day, notes.status().extras())));
        save.run();
        done.run();
    }

    /** The letter the employer's silence calls for today; null when none. */
    public ReadOnlyObjectProperty<NudgeComposer.Kind> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** The nudge being written, or null. */
    public ReadOnlyObjectProperty<NudgeViewModel> nudgeProperty() {
        return nudge.getReadOnlyProperty();
    }
}
