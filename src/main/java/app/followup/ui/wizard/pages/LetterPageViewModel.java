package app.followup.ui.wizard.pages;

import javafx.beans.property.SimpleObjectProperty;
import java.util.Optional;
import app.followup.ui.common.SendViewModel;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.DisplayText;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.PageViewModel;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.LetterDates;
import app.followup.letter.TermReplacer;
import app.followup.export.LetterExport;
import app.followup.mail.EmailText;
import app.followup.mail.MailtoUri;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Round;
import app.followup.pdf.PagePreview;
import app.followup.letter.LetterChanges;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.ObjectBinding;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * Page 9 and the live preview: the letter the core composes from the notes, recomposed on the JavaFX thread at
 * every edit (well under a millisecond warm); the user's own edit of subject and body, saved in the round; the PDF
 * page drawn off the JavaFX thread; export, email and "mark as sent".
 *
 * <p>An edited letter no longer follows the notes. So that this is never silent, the page shows what changed in
 * the letter the notes write since the edit began ({@link NotesChangedTracking}) and offers to write the letter
 * again or keep it. A sent letter is read-only until the user chooses to edit it, and exports remember the letter
 * they were made from ({@link OutOfDateExports}).
 */
public final class LetterPageViewModel extends PageViewModel {
    public final StringProperty subject = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");
    /** One letter to each participant instead of one letter with copies (the article prefers the latter). */
    public final BooleanProperty onePerParticipant = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Letter> letter = new ReadOnlyObjectWrapper<>();
    private final LetterPreview preview;
    private final LetterComposer composer;
    private final LetterFiles files;
    private final Supplier<LocalDate> today;
    private final Consumer<String> status;
    private final I18n i18n;
    private boolean showing;
    private final Dialogs dialogs;
    private final ObjectProperty<EditedLetter> discardedEdit = new SimpleObjectProperty<>();
    private final SendViewModel send;
    private final NotesChangedTracking notesChanged;
    /** The user chose "Edit anyway" on a sent letter; forgotten on another file or round. */
    private final BooleanProperty editingSent = new SimpleBooleanProperty(false);
    private final BooleanBinding readOnly;
    private final OutOfDateExports outOfDate;

    public LetterPageViewModel(Document document, LetterComposer composer, Dialogs dialogs,
                               BackgroundRunner background, Supplier<LocalDate> today, I18n i18n,
                               Consumer<String> status) {
        this(document, composer, dialogs, background, today, i18n, status, LinkOpener.standard());
    }

    public LetterPageViewModel(Document document, LetterComposer composer, Dialogs dialogs,
                               BackgroundRunner background, Supplier<LocalDate> today, I18n i18n,
                               Consumer<String> status, LinkOpener opener) {
        super(document);
        this.dialogs = dialogs;
        this.composer = composer;
        this.today = today;
        this.i18n = i18n;
        this.status = status;
        this.preview = new LetterPreview(background, status);
        this.files = new LetterFiles(document, letter::get, new LetterExport(composer), dialogs, background, today,
                i18n, status);
        // the email as shown, with the user's edits; its .eml carries the PDF, as "Save email draft" always did
        this.send = new SendViewModel(letter::get, () -> document.notes().candidate(), name -> Optional.empty(),
                opener, background, i18n, this::saveEmailDraft);
        readOnly = Bindings.createBooleanBinding(() -> document.isOpen() && sentOn(document.round()) != null
                && !editingSent.get(), document.notesProperty(), document.roundIndexProperty(), editingSent);
        outOfDate = new OutOfDateExports(files, letter, i18n);
        notesChanged = new NotesChangedTracking(document, composer, today, () -> edited() && !readOnly.get());
        document.notesProperty().addListener(o -> recompose());
        document.roundIndexProperty().addListener(o -> recompose());
        document.roundIndexProperty().addListener(o -> discardedEdit.set(null));
        letter.addListener((o, old, now) -> showUnlessEdited(now));
        subject.addListener(o -> saveEdit());
        body.addListener(o -> saveEdit());
        // a change listener, not an invalidation one: it sees every change, whether or not anyone read the value
        readOnly.addListener((o, was, now) -> notesChanged.update());
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
        editingSent.set(false);
        files.forget();
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
        discardedEdit.set(null);
        if (!notesChanged.started() || !edited()) {
            notesChanged.startFromNotes();
        }
        edit(r -> r.withLetter(new EditedLetter(subject.get(), body.get(), sentOn(r), extras(r))));
    }

    /**
     * Forgets the user's edit, after asking; the letter is written from the notes again (a "sent" mark stays).
     * The edit is kept until the next change, so that {@link #undoBackToGenerated()} can bring it back. Not
     * offered on a sent letter until the user chose to edit it.
     */
    public void backToGenerated() {
        EditedLetter edited = document.round().letter();
        if (readOnly.get() || edited == null || edited.body() == null && edited.subject() == null
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
        if (!readOnly.get() && edited() && edited != null) {
            discard(edited);
        }
    }

    private void discard(EditedLetter edited) {
        edit(r -> r.withLetter(sentOn(r) == null ? null : new EditedLetter(null, null, sentOn(r), extras(r))));
        notesChanged.startFrom(null);
        showText(letter.get());
        discardedEdit.set(edited);
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

    /** A sent letter, not to be changed by a stray key: true until the user chooses "Edit anyway". */
    public BooleanBinding readOnly() {
        return readOnly;
    }

    /** "Edit anyway": the sent letter becomes editable, until another file or round is shown. */
    public void editAnyway() {
        editingSent.set(true);
    }

    /** Brings back the edit that "Back to the generated letter" threw away. */
    public void undoBackToGenerated() {
        EditedLetter edited = discardedEdit.get();
        if (edited != null) {
            discardedEdit.set(null);
            subject.set(edited.subject() == null ? "" : edited.subject());
            body.set(edited.body() == null ? "" : edited.body());
        }
    }

    /** True while a thrown-away edit can be brought back. */
    public BooleanBinding canUndoBackToGenerated() {
        return discardedEdit.isNotNull();
    }

    /**
     * The letter was not sent after all: the deadline banner and the step's tick come back, and the letter can be
     * edited. A letter sent as written from the notes follows the notes again if they still write it the same way.
     */
    public void unmarkSent() {
        NotesChangedTracking.LetterText fromNotes = document.isOpen() ? notesChanged.generated() : null;
        edit(r -> {
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
        if (!edited()) {
            notesChanged.startFrom(null);
        }
    }

    /**
     * "Replace all": puts the interviewer's words in place of every avoided word in the user's own letter. A
     * letter written from the notes already uses their words.
     */
    public void replaceAvoidedWords() {
        if (readOnly.get()) {
            status.accept(i18n.get("letter.readOnly.status"));
            return;
        }
        Round round = document.round();
        TermReplacer replacer = TermReplacer.of(round.terminology(),
                letter.get().language().locale());
        subject.set(replacer.apply(subject.get()));
        body.set(replacer.apply(body.get()));
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
        edit(r -> {
            EditedLetter current = r.letter();
            Extras extras = current == null ? Extras.NONE : current.extras();
            return r.withLetter(shown.edited() && current != null ? current.withSentOn(today.get())
                    : new EditedLetter(shown.subject(), shown.bodyText(), today.get(), extras));
        });
        editingSent.set(false);
    }

    private static LocalDate sentOn(Round round) {
        return round.letter() == null ? null : round.letter().sentOn();
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

    /** "Sent 27. november 2026. This is the letter as sent." while read-only, "Sent 27. november 2026" once the
     * user chose to edit it, or empty. */
    public StringBinding sentText() {
        return Bindings.createStringBinding(() -> {
            if (!document.isOpen() || sentOn(document.round()) == null) {
                return "";
            }
            return i18n.get(readOnly.get() ? "letter.sentReadOnly" : "letter.sentOn",
                    LetterDates.longDate(sentOn(document.round()), i18n.language()));
        }, document.notesProperty(), document.roundIndexProperty(), i18n.localeProperty(), readOnly);
    }

    /** The email as the user will send it, with its header lines in the window's language, for the side panel. */
    public StringBinding emailPreview() {
        return Bindings.createStringBinding(() -> DisplayText.forReading(preview(letter.get())), letter,
                i18n.localeProperty());
    }

    private String preview(Letter shown) {
        if (shown == null) {
            return "";
        }
        String cc = EmailText.recipients(shown.cc());
        return i18n.get("preview.subject") + " " + shown.subject() + "\n"
                + i18n.get("preview.to") + " " + EmailText.recipients(shown.to()) + "\n"
                + (cc.isEmpty() ? "" : i18n.get("preview.cc") + " " + cc + "\n")
                + "\n" + shown.bodyText();
    }

    public String emailText() {
        return EmailText.of(letter.get());
    }

    /** Every way to send the letter: mail program, Gmail, Outlook on the web, .eml, copy one part at a time. */
    public SendViewModel send() {
        return send;
    }

    /**
     * The folder of the PDF saved last, in the file manager, so that the user can attach the file. A PDF the letter
     * has changed since is saved again first: the file the user is about to attach is never an old letter.
     */
    public void showPdfInFolder() {
        outOfDate.showPdfInFolder(send::showFolder);
    }

    /** The files saved from this page that the letter has changed since, oldest kind first; empty when none. */
    public ObjectBinding<List<SavedExports.Saved>> outOfDateExports() {
        return outOfDate.list();
    }

    /** "The PDF you saved at 10:42 (letter.pdf) is out of date: the letter has changed since.", one line each. */
    public StringBinding outOfDateText() {
        return outOfDate.text();
    }

    /** "Save again": every out-of-date file written again, to the same place, from the letter as it is now. */
    public void saveAgain() {
        outOfDate.saveAgain();
    }

    public ReadOnlyObjectProperty<Path> savedPdfProperty() {
        return files.savedPdf();
    }

    public String mailtoUri() {
        return MailtoUri.of(letter.get());
    }

    /** Every page of the letter's true PDF, as drawn last. */
    public ReadOnlyObjectProperty<PagePreview.Pages> previewPages() {
        return preview.pagesProperty();
    }

    /** How sharp the preview draws its pages: the window binds it to its zoom. */
    public DoubleProperty previewPixelsPerPoint() {
        return preview.pixelsPerPointProperty();
    }

    /** How many pages the letter takes as a PDF, once the preview has drawn this very letter. */
    public OptionalInt pagesOf(Letter shown) {
        return preview.pagesOf(shown);
    }

    /** Changes when a new preview has been drawn, and with it {@link #pagesOf}. */
    public ObservableValue<?> printedPages() {
        return preview.drawnProperty();
    }

    /** Draws every page of the PDF off the JavaFX thread; only the newest request's result is shown. */
    public void refreshPreview() {
        preview.refresh(letter.get());
    }

    /** "Save as PDF": one PDF where the user chooses, or with one letter per participant, a folder for them all. */
    public void savePdf() {
        files.savePdf(onePerParticipant.get());
    }

    /** "Save email draft": the unsent email with the PDF attached, or one per participant in a chosen folder. */
    public void saveEmailDraft() {
        files.saveEmailDraft(onePerParticipant.get());
    }

    /** "Save reminders": calendar reminders for the steps the candidate owns. */
    public void saveReminders() {
        files.saveReminders();
    }

    public void savePdf(Path target) {
        files.savePdf(target);
    }

    public void saveEmailDraft(Path target) {
        files.saveEmailDraft(target);
    }

    public void saveReminders(Path target) {
        files.saveReminders(target);
    }

    public void saveOnePerParticipant(Path folder) {
        files.saveOnePerParticipant(folder);
    }

    @Override
    public String key() {
        return "step.letter";
    }

    @Override
    public ObservableBooleanValue filled() {
        return Bindings.createBooleanBinding(() -> document.isOpen() && sentOn(document.round()) != null,
                document.notesProperty(), document.roundIndexProperty());
    }
}
