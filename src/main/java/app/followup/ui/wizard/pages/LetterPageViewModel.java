package app.followup.ui.wizard.pages;

import java.util.Optional;
import app.followup.ui.common.SendViewModel;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.NotesSaver;
import app.followup.ui.common.UserStore;
import app.followup.ui.wizard.PageViewModel;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.ProperNames;
import app.followup.letter.TermReplacer;
import app.followup.export.LetterExport;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Round;
import app.followup.letter.LetterChanges;
import java.util.List;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Page 9 and the live preview: the letter the core composes from the notes, recomposed on the JavaFX thread at
 * every edit (one to two milliseconds warm); the user's own edit of subject and body, saved in the round; the PDF
 * page drawn off the JavaFX thread; export, email and "mark as sent".
 *
 * <p>An edited letter no longer follows the notes. So that this is never silent, the page shows what changed in
 * the letter the notes write since the edit began ({@link NotesChangedTracking}) and offers to write the letter
 * again or keep it. A sent letter is read-only until the user chooses to edit it ({@link SentLetterState}), and
 * exports remember the letter they were made from ({@link OutOfDateExports}). The exports themselves are
 * {@link LetterFiles}, the email's text {@link EmailPreview}, the send area {@link SendViewModel}.
 */
public final class LetterPageViewModel extends PageViewModel {
    public final StringProperty subject = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Letter> letter = new ReadOnlyObjectWrapper<>();
    private final LetterPreview preview;
    private final LetterComposer composer;
    private final LetterFiles files;
    private final Supplier<LocalDate> today;
    private final Consumer<String> status;
    private final I18n i18n;
    private boolean showing;
    private final Dialogs dialogs;
    private final DiscardedEdit discarded = new DiscardedEdit();
    private final SendViewModel send;
    private final NotesChangedTracking notesChanged;
    private final SentLetterState sent;
    private final OutOfDateExports outOfDate;
    private final EmailPreview email;

    /** A page whose "Mark as sent" saves nothing itself (tests of the page alone). */
    public LetterPageViewModel(Document document, LetterComposer composer, Dialogs dialogs,
                               BackgroundRunner background, Supplier<LocalDate> today, I18n i18n,
                               Consumer<String> status, LinkOpener opener, UserStore store) {
        this(document, composer, dialogs, background, today, i18n, status, opener, store, NotesSaver.NONE);
    }

    /**
     * @param store remembers the PDF saved from each round's letter, for when the file is opened again
     * @param saver saves the notes when the letter is marked as sent, or the mark undone
     */
    public LetterPageViewModel(Document document, LetterComposer composer, Dialogs dialogs,
                               BackgroundRunner background, Supplier<LocalDate> today, I18n i18n,
                               Consumer<String> status, LinkOpener opener, UserStore store, NotesSaver saver) {
        super(document);
        this.dialogs = dialogs;
        this.composer = composer;
        this.today = today;
        this.i18n = i18n;
        this.status = status;
        this.preview = new LetterPreview(background, status);
        this.files = new LetterFiles(document, letter::get, new LetterExport(composer), dialogs, background, today,
                i18n, status, this::notSaved, store);
        // the email as shown, with the user's edits; its .eml carries the PDF, as "Save email draft" always did
        this.send = new SendViewModel(letter::get, () -> document.notes().candidate(), name -> Optional.empty(),
                opener, background, i18n, files::saveEmailDraft);
        this.email = new EmailPreview(letter, i18n);
        outOfDate = new OutOfDateExports(files, letter, i18n, send::showFolder);
        notesChanged = new NotesChangedTracking(document, composer, today,
                () -> edited() && !sent().readOnly().get());
        sent = new SentLetterState(document, letter, notesChanged, today, i18n, this::edit, status, saver);
        send.knowLetter(() -> sent.sent().get(), () -> files.savedPdf().get());
        document.notesProperty().addListener(o -> recompose());
        document.roundIndexProperty().addListener(o -> recompose());
        document.reloadsProperty().addListener(o -> discarded.forget());
        letter.addListener((o, old, now) -> showUnlessEdited(now));
        subject.addListener(o -> saveEdit());
        body.addListener(o -> saveEdit());
    }

    /**
     * A file the user asked for was not saved: said in the status line, in the send area where the user is
     * sending (the PDF to attach may be the one missing), and in an error dialog, as a notes file that could not
     * be saved is.
     */
    private void notSaved(String why) {
        status.accept(why);
        send.failed(why);
        dialogs.showError(why);
    }

    private void recompose() {
        letter.set(document.isOpen() ? composer.compose(document.notes(), document.roundIndex(), today.get()) : null);
        notesChanged.update();
    }

    private boolean edited() {
        return letter.get() != null && letter.get().edited();
    }

    @Override
    protected void load() {
        sent.forgetEditAnyway();
        files.forget();
        files.recall();
        recompose();
        showText(letter.get());
        notesChanged.startFrom(edited() ? notesChanged.generated() : null);
    }

    private void showUnlessEdited(Letter now) {
        if (now != null && !now.edited() && !isLoading()) {
            showText(now);
        }
    }

    private void showText(Letter shown) {
        if (shown == null) {
            return;
        }
        showing = true;
        try {
            subject.set(shown.subject());
            body.set(shown.bodyText());
        } finally {
            showing = false;
        }
    }

    private void saveEdit() {
        if (showing || isLoading()) {
            return;
        }
        discarded.forget();
        if (!notesChanged.started() || !edited()) {
            notesChanged.startFromNotes();
        }
        edit(r -> r.withLetter(new EditedLetter(subject.get(), body.get(), SentLetterState.sentOn(r), extras(r))));
    }

    /**
     * Forgets the user's edit, after asking; the letter is written from the notes again (a "sent" mark stays).
     * The edit is kept until the next change, so that {@link #undoBackToGenerated()} can bring it back. Not
     * offered on a sent letter until the user chose to edit it.
     */
    public void backToGenerated() {
        EditedLetter edited = document.round().letter();
        if (sent.readOnly().get() || edited == null || edited.body() == null && edited.subject() == null
                || !dialogs.askDiscardEdit()) {
            return;
        }
        discard(edited);
    }

    /**
     * "Write it again from the notes", from the notice that the notes changed: the user has just seen what
     * changed, so no question; the edit can be brought back with {@link #undoBackToGenerated()} as above.
     */
    public void writeAgainFromNotes() {
        EditedLetter edited = document.round().letter();
        if (!sent.readOnly().get() && edited() && edited != null) {
            discard(edited);
        }
    }

    private void discard(EditedLetter edited) {
        edit(r -> {
            LocalDate sentOn = SentLetterState.sentOn(r);
            return r.withLetter(sentOn == null ? null : new EditedLetter(null, null, sentOn, extras(r)));
        });
        notesChanged.startFrom(null);
        showText(letter.get());
        discarded.keep(edited);
    }

    /** "Keep my letter": the notice goes, and the letter the notes write now is what later changes are shown from. */
    public void keepMyLetter() {
        if (edited()) {
            notesChanged.startFromNotes();
        }
    }

    /** What changed in the letter written from the notes since the user's edit began; empty when nothing did. */
    public ReadOnlyObjectProperty<List<LetterChanges.Line>> notesChanges() {
        return notesChanged.changes();
    }

    /** Brings back the edit that "Back to the generated letter" threw away. */
    public void undoBackToGenerated() {
        EditedLetter edited = sent.readOnly().get() ? null : discarded.take();
        if (edited != null) {
            subject.set(edited.subject() == null ? "" : edited.subject());
            body.set(edited.body() == null ? "" : edited.body());
        }
    }

    /** True while a thrown-away edit can be brought back: not into a letter marked sent, nor into another file. */
    public BooleanBinding canUndoBackToGenerated() {
        return discarded.present().and(sent.readOnly().not());
    }

    /**
     * "Replace all": puts the interviewer's words in place of every avoided word in the user's own letter. A
     * letter written from the notes already uses their words.
     */
    public void replaceAvoidedWords() {
        if (sent.readOnly().get()) {
            status.accept(i18n.get("letter.readOnly.status"));
            return;
        }
        Round round = document.round();
        TermReplacer replacer = TermReplacer.of(round.terminology(),
                letter.get().language().locale()).keeping(ProperNames.of(document.notes(), round));
        subject.set(replacer.apply(subject.get()));
        body.set(replacer.apply(body.get()));
    }

    private static Extras extras(Round round) {
        return round.letter() == null ? Extras.NONE : round.letter().extras();
    }

    public ReadOnlyObjectProperty<Letter> letterProperty() {
        return letter.getReadOnlyProperty();
    }

    public BooleanBinding editedBinding() {
        return Bindings.createBooleanBinding(() -> letter.get() != null && letter.get().edited(), letter);
    }

    /** Mark as sent, its date, "Edit anyway" and "not sent after all". */
    public SentLetterState sent() {
        return sent;
    }

    /** The letter as an email: the side panel's preview, the text to copy, the mailto link. */
    public EmailPreview email() {
        return email;
    }

    /** "Save as PDF", "Save email draft", "Save reminders", one letter per participant; the PDF saved last. */
    public LetterFiles exports() {
        return files;
    }

    /** The files saved from this page that the letter has changed since: the notice, "Save again", and the PDF
     * saved again before its folder is shown for attaching. */
    public OutOfDateExports outOfDate() {
        return outOfDate;
    }

    /** Every way to send the letter: mail program, Gmail, Outlook on the web, .eml, copy one part at a time. */
    public SendViewModel send() {
        return send;
    }

    /** The letter's true PDF pages as drawn last, how sharp they are drawn, and how many pages the letter takes. */
    public LetterPreview preview() {
        return preview;
    }

    /** Draws every page of the PDF off the JavaFX thread; only the newest request's result is shown. */
    public void refreshPreview() {
        preview.refresh(letter.get());
    }

    @Override
    public String key() {
        return "step.letter";
    }

    @Override
    public ObservableBooleanValue filled() {
        return sent.sent();
    }
}
