package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.PageViewModel;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.LetterDates;
import app.followup.letter.TermReplacer;
import app.followup.letter.Texts;
import app.followup.mail.AttachmentName;
import app.followup.mail.EmailDraft;
import app.followup.mail.EmailText;
import app.followup.mail.MailtoUri;
import app.followup.mail.Reminders;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Round;
import app.followup.notes.AtomicFiles;
import app.followup.notes.OutputTarget;
import app.followup.notes.NotesException;
import app.followup.pdf.LetterPdf;
import app.followup.pdf.PagePreview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
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
 */
public final class LetterPageViewModel extends PageViewModel {
    public final StringProperty subject = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");
    /** One letter to each participant instead of one letter with copies (the article prefers the latter). */
    public final BooleanProperty onePerParticipant = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Letter> letter = new ReadOnlyObjectWrapper<>();
    private final LetterPreview preview;
    private final LetterComposer composer;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final Consumer<String> status;
    private final I18n i18n;
    private boolean showing;

    public LetterPageViewModel(Document document, LetterComposer composer, BackgroundRunner background,
                               Supplier<LocalDate> today, I18n i18n, Consumer<String> status) {
        super(document);
        this.composer = composer;
        this.background = background;
        this.today = today;
        this.i18n = i18n;
        this.status = status;
        this.preview = new LetterPreview(background, status);
        document.notesProperty().addListener(o -> recompose());
        document.roundIndexProperty().addListener(o -> recompose());
        letter.addListener((o, old, now) -> showUnlessEdited(now));
        subject.addListener(o -> saveEdit());
        body.addListener(o -> saveEdit());
    }

    private void recompose() {
        letter.set(document.isOpen() ? composer.compose(document.notes(), document.roundIndex(), today.get()) : null);
    }

    @Override
    protected void load() {
        recompose();
        showText(letter.get());
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
        edit(r -> r.withLetter(new EditedLetter(subject.get(), body.get(), sentOn(r), extras(r))));
    }

    /** Forgets the user's edit; the letter is written from the notes again (a "sent" mark stays). */
    public void backToGenerated() {
        edit(r -> r.withLetter(sentOn(r) == null ? null : new EditedLetter(null, null, sentOn(r), extras(r))));
        showText(letter.get());
    }

    /**
     * "Replace all": puts the interviewer's words in place of every avoided word in the user's own letter. A
     * letter written from the notes already uses their words.
     */
    public void replaceAvoidedWords() {
        Round round = document.round();
        TermReplacer replacer = TermReplacer.of(round.terminology(),
                letter.get().language().locale());
        subject.set(replacer.apply(subject.get()));
        body.set(replacer.apply(body.get()));
    }

    public void markSent() {
        edit(r -> {
            EditedLetter current = r.letter();
            return r.withLetter(current == null ? new EditedLetter(null, null, today.get(), Extras.NONE)
                    : new EditedLetter(current.subject(), current.body(), today.get(), current.extras()));
        });
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

    /** "Sent 27. november 2026", or empty. */
    public StringBinding sentText() {
        return Bindings.createStringBinding(() -> {
            if (!document.isOpen() || sentOn(document.round()) == null) {
                return "";
            }
            return i18n.get("letter.sentOn", LetterDates.longDate(sentOn(document.round()),
                    i18n.language()));
        }, document.notesProperty(), document.roundIndexProperty(), i18n.localeProperty());
    }

    public String emailText() {
        return EmailText.of(letter.get());
    }

    public void reportCopied() {
        status.accept(i18n.get("status.copied"));
    }

    public String mailtoUri() {
        return MailtoUri.of(letter.get());
    }

    public ObjectProperty<PagePreview.Pixels> pageProperty() {
        return preview.pageProperty();
    }

    /** How many pages the letter takes as a PDF, once the preview has drawn this very letter. */
    public OptionalInt pagesOf(Letter shown) {
        return preview.pagesOf(shown);
    }

    /** Changes when a new preview has been drawn, and with it {@link #pagesOf}. */
    public ObservableValue<?> printedPages() {
        return preview.drawnProperty();
    }

    /** Draws page 1 of the PDF off the JavaFX thread; only the newest request's result is shown. */
    public void refreshPreview() {
        preview.refresh(letter.get());
    }

    public void savePdf(Path target) {
        Letter current = letter.get();
        background.run(() -> {
            LetterPdf.Result result = new LetterPdf().render(current);
            write(target, result.bytes());
            return result;
        }, result -> status.accept(result.missingGlyphs().isEmpty()
                ? i18n.get("status.pdfSaved", target.getFileName())
                : i18n.get("status.glyphs", String.join(", ", result.missingGlyphs()))),
                error -> status.accept(i18n.get("error.pdf", error.getMessage())));
    }

    /**
     * One PDF and one email draft for each participant with a name, each greeting that person alone, in the
     * folder: "Subject - Name.pdf" and ".eml".
     */
    public void saveOnePerParticipant(Path folder) {
        var notes = document.notes();
        int round = document.roundIndex();
        LocalDate day = today.get();
        var candidate = notes.candidate();
        String base = AttachmentName.baseOf(letter.get());
        background.run(() -> {
            int written = 0;
            for (var participant : notes.rounds().get(round).participants()) {
                String name = Texts.inline(participant.name());
                if (name == null) {
                    continue;
                }
                Letter own = composer.composeFor(notes, round, day, participant);
                byte[] pdf = new LetterPdf().render(own).bytes();
                String file = base + " - " + AttachmentName.fileSafe(name);
                write(folder.resolve(file + ".pdf"), pdf);
                write(folder.resolve(file + ".eml"), new EmailDraft().write(own, candidate.name(),
                        candidate.email(), pdf, file + ".pdf").eml());
                written++;
            }
            return written;
        }, count -> status.accept(i18n.get("status.perParticipant", count, folder.getFileName())),
                error -> status.accept(i18n.get("error.export", error.getMessage())));
    }

    /** The unsent email with the PDF attached, for the user's mail program. */
    public void saveEmailDraft(Path target) {
        Letter current = letter.get();
        var candidate = document.notes().candidate();
        background.run(() -> {
            byte[] pdf = new LetterPdf().render(current).bytes();
            var draft = new EmailDraft().write(current, candidate.name(), candidate.email(), pdf,
                    AttachmentName.of(current));
            write(target, draft.eml());
            return draft;
        }, draft -> status.accept(i18n.get("status.draftSaved", target.getFileName())),
                error -> status.accept(i18n.get("error.export", error.getMessage())));
    }

    /** Calendar reminders for the steps the candidate owns. */
    public void saveReminders(Path target) {
        Letter current = letter.get();
        background.run(() -> {
            write(target, new Reminders().write(current.reminders()));
            return current.reminders().size();
        }, count -> status.accept(i18n.get("status.remindersSaved", count, target.getFileName())),
                error -> status.accept(i18n.get("error.export", error.getMessage())));
    }

    /** An export, checked as the command line checks its outputs: never the notes file, a device or a read-only file. */
    private void write(Path target, byte[] content) {
        try {
            AtomicFiles.write(OutputTarget.check(target, document.fileProperty().get()).real(), content, false);
        } catch (NotesException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
