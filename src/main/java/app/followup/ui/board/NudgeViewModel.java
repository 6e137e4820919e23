package app.followup.ui.board;

import app.followup.applications.FollowUps;
import app.followup.applications.NudgeCadence;
import app.followup.applications.WorkingDays;
import app.followup.letter.BodyParser;
import app.followup.letter.Letter;
import app.followup.letter.NudgeComposer;
import app.followup.mail.EmailText;
import app.followup.model.ApplicationState;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.ui.common.SendViewModel;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One nudge (or the letter that closes the loop) being written: composed from the notes in the letter's language
 * with a day the candidate proposes, edited by the user, sent in any of the ways {@link SendViewModel} offers, and
 * recorded once the user says it went out. Changing the day writes the text again, unless the user has edited it.
 */
public final class NudgeViewModel {
    private final Notes notes;
    private final NudgeComposer.Kind kind;
    private final LocalDate today;
    private final NudgeComposer composer;
    private final NudgeRecorder recorder;
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> proposed = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final SendViewModel send;
    private Letter composed;

    /**
     * @param sending makes the send actions for the letter as it stands (with the user's edits)
     */
    public NudgeViewModel(Notes notes, NudgeComposer.Kind kind, LocalDate today, NudgeComposer composer,
                          NudgeRecorder recorder,
                          Function<Supplier<Letter>, SendViewModel> sending) {
        this.notes = notes;
        this.kind = kind;
        this.today = today;
        this.composer = composer;
        this.recorder = recorder;
        proposed.set(firstProposal(kind, today));
        compose();
        proposed.addListener((o, old, day) -> {
            boolean untouched = composed.subject().equals(subject.get()) && composed.bodyText().equals(body.get());
            if (day != null && untouched) {
                compose();
            }
        });
        this.send = sending.apply(this::letter);
    }

    /**
     * A nudge proposes a call two working days ahead, time enough to be read first; closing the loop gives the
     * employer the cadence's {@value NudgeCadence#INTERVAL} working days to answer.
     */
    static LocalDate firstProposal(NudgeComposer.Kind kind, LocalDate today) {
        return WorkingDays.after(today, kind == NudgeComposer.Kind.NUDGE ? 2 : NudgeCadence.INTERVAL);
    }

    private void compose() {
        composed = composer.compose(notes, kind, today, proposed.get());
        subject.set(composed.subject());
        body.set(composed.bodyText());
    }

    /** The email as it stands, with the user's subject and text. */
    public Letter letter() {
        return new Letter(composed.language(), subject.get(), BodyParser.parse(body.get()), composed.senderLines(),
                composed.recipientLines(), composed.placeAndDate(), composed.author(), composed.to(), composed.cc(),
                true, composed.reminders(), composed.copyLine());
    }

    /** "Ola Hansen <ola@nordlys.example>", or "" when no addressee has an email address in the notes. */
    public String to() {
        return EmailText.recipients(composed.to());
    }

    /**
     * The user sent it: recorded in the notes with the day it proposes, and saved; the editor closes once it is.
     */
    public void markSent() {
        busy.set(true);
        // the day the letter proposes becomes the candidate's own next step: the board shows it, not the silence
        Nudge sent = new Nudge(today, subject.get().strip(), body.get().strip(),
                FollowUps.proposal(notes, kind, proposed.get()), Extras.NONE);
        recorder.recordSent(sent, () -> {
            busy.set(false);
            finished.set(true);
        }, this::failed);
    }

    /** The candidate closes the application (after the loop is closed): withdrawn, as of today. */
    public void closeApplication() {
        busy.set(true);
        recorder.close(ApplicationState.WITHDRAWN, () -> {
            busy.set(false);
            finished.set(true);
        }, this::failed);
    }

    public void cancel() {
        finished.set(true);
    }

    private void failed(String reason) {
        busy.set(false);
        problem.set(reason);
    }

    public NudgeComposer.Kind kind() {
        return kind;
    }

    public String employer() {
        String name = notes.employer().name();
        return name == null ? "" : name.strip();
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<LocalDate> proposedProperty() {
        return proposed;
    }

    public SendViewModel send() {
        return send;
    }

    /** True once the nudge is recorded, the application closed, or the user cancelled. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the nudge could not be recorded; "" when nothing went wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
