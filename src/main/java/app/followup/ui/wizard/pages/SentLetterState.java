package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.letter.LetterDates;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Round;
import app.followup.ui.Document;
import app.followup.ui.common.I18n;
import app.followup.ui.common.NotesSaver;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * "Mark as sent" and what follows from it: the date the letter was sent, kept in the round with the letter as it was
 * sent; a sent letter read-only until the user chooses "Edit anyway"; and "not sent after all".
 */
public final class SentLetterState {
    private final Document document;
    private final ObservableObjectValue<Letter> letter;
    private final NotesChangedTracking notesChanged;
    private final Supplier<LocalDate> today;
    private final I18n i18n;
    private final Consumer<UnaryOperator<Round>> edit;
    private final Consumer<String> status;
    private final NotesSaver saver;
    /** The user chose "Edit anyway" on a sent letter; forgotten on another file or round. */
    private final BooleanProperty editingSent = new SimpleBooleanProperty(false);
    private final BooleanBinding readOnly;
    private final BooleanBinding sent;
    private final StringBinding sentText;

    /**
     * @param edit   changes the current round, as the page's own edits do (saved, undoable)
     * @param status the window's status line
     * @param saver  saves the notes at once: the sent date lives in the notes file
     */
    SentLetterState(Document document, ObservableObjectValue<Letter> letter, NotesChangedTracking notesChanged,
                    Supplier<LocalDate> today, I18n i18n, Consumer<UnaryOperator<Round>> edit,
                    Consumer<String> status, NotesSaver saver) {
        this.saver = saver;
        this.document = document;
        this.letter = letter;
        this.notesChanged = notesChanged;
        this.today = today;
        this.i18n = i18n;
        this.edit = edit;
        this.status = status;
        sent = Bindings.createBooleanBinding(() -> document.isOpen() && sentOn(document.round()) != null,
                document.notesProperty(), document.roundIndexProperty());
        readOnly = Bindings.createBooleanBinding(() -> sent.get() && !editingSent.get(), sent, editingSent);
        sentText = Bindings.createStringBinding(() -> !sent.get() ? "" : i18n.get(
                readOnly.get() ? "letter.sentReadOnly" : "letter.sentOn",
                // the year only when it is not this year's, as the deadline texts write a date
                LetterDates.dayOfMonth(sentOn(document.round()), today.get(), i18n.language())), sent, i18n.localeProperty(),
                readOnly, document.notesProperty(), document.roundIndexProperty());
        // a change listener, not an invalidation one: it sees every change, whether or not anyone read the value
        readOnly.addListener((o, was, now) -> notesChanged.update());
    }

    /** A sent letter, not to be changed by a stray key: true until the user chooses "Edit anyway". */
    public BooleanBinding readOnly() {
        return readOnly;
    }

    /** The round's letter is marked as sent: the step's tick. */
    public BooleanBinding sent() {
        return sent;
    }

    /** "Sent 27 November. This is the letter as sent." while read-only, "Sent 27 November" once the user chose to
     * edit it (with the year when it was another year), or empty. */
    public StringBinding sentText() {
        return sentText;
    }

    /** "Edit anyway": the sent letter becomes editable, until another file or round is shown. */
    public void editAnyway() {
        editingSent.set(true);
    }

    /** Another file or round is shown: its sent letter starts read-only. */
    void forgetEditAnyway() {
        editingSent.set(false);
    }

    /**
     * Records today as the day the letter was sent, with the letter's text as it was sent: a letter written from
     * the notes is kept as written, so that changing the notes later does not change what the page says was sent.
     */
    public void markSent() {
        Letter shown = letter.get();
        if (shown == null) {
            return;
        }
        if (!shown.edited()) {
            notesChanged.startFrom(NotesChangedTracking.LetterText.of(shown));
        }
        edit.accept(r -> {
            EditedLetter current = r.letter();
            Extras extras = current == null ? Extras.NONE : current.extras();
            return r.withLetter(shown.edited() && current != null ? current.withSentOn(today.get())
                    : new EditedLetter(shown.subject(), shown.bodyText(), today.get(), extras));
        });
        editingSent.set(false);
        keep("status.markedSentSaved", "status.markedSentUnsaved");
    }

    /**
     * Saves the notes now, asking where when they have never been saved: every tester expected "Mark as sent" to
     * keep the mark, and the applications board, which reads the saved files, never saw one left unsaved.
     */
    private void keep(String savedKey, String notSavedKey) {
        saver.save(() -> status.accept(i18n.get(savedKey)), () -> status.accept(i18n.get(notSavedKey)));
    }

    /**
     * The letter was not sent after all: the deadline banner and the step's tick come back, and the letter can be
     * edited. A letter sent as written from the notes follows the notes again if they still write it the same way.
     */
    public void unmarkSent() {
        NotesChangedTracking.LetterText fromNotes = document.isOpen() ? notesChanged.generated() : null;
        edit.accept(r -> {
            EditedLetter current = r.letter();
            if (current == null) {
                return r;
            }
            if (fromNotes != null
                    && fromNotes.equals(new NotesChangedTracking.LetterText(current.subject(), current.body()))) {
                return r.withLetter(current.extras().isEmpty() ? null
                        : new EditedLetter(null, null, null, current.extras()));
            }
            return r.withLetter(current.withSentOn(null));
        });
        editingSent.set(false);
        if (letter.get() == null || !letter.get().edited()) {
            notesChanged.startFrom(null);
        }
        keep("status.unmarkedSaved", "status.unmarkedUnsaved");
    }

    static LocalDate sentOn(Round round) {
        return round.letter() == null ? null : round.letter().sentOn();
    }
}
