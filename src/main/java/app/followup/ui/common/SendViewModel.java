package app.followup.ui.common;

import app.followup.letter.Letter;
import app.followup.mail.AttachmentName;
import app.followup.mail.EmailDraft;
import app.followup.mail.EmailText;
import app.followup.mail.MailtoUri;
import app.followup.mail.WebmailLinks;
import app.followup.model.Candidate;
import app.followup.notes.AtomicFiles;
import app.followup.notes.NotesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Every way to send an email the user has written in the window: the mail program (a {@code mailto:} link), Gmail
 * or Outlook on the web, an unsent {@code .eml}, or recipients, subject and text copied one by one. What happened
 * is said in {@link #messageProperty()}, a failure marked as a {@link #problemProperty() problem}: nothing fails
 * silently.
 */
public final class SendViewModel {
    private final Supplier<Letter> letter;
    private final Runnable draftSaver;
    private final Supplier<Candidate> sender;
    private final Function<String, Optional<Path>> chooseDraft;
    private final LinkOpener opener;
    private final BackgroundRunner background;
    private final I18n i18n;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    /** The webmail link no browser opened, to paste into one by hand; "" while there is none. */
    private final ReadOnlyStringWrapper unopenedLink = new ReadOnlyStringWrapper("");
    /** Whether the letter is marked as sent already; a nudge or a letter page before it is known: never. */
    private BooleanSupplier markedSent = () -> false;
    /** The PDF of this letter saved last, if any: a link to a mail program or webmail carries no attachment. */
    private Supplier<Path> savedPdf = () -> null;

    /**
     * @param letter      the email as it stands now, with the user's edits
     * @param sender      the candidate, the draft's From
     * @param chooseDraft asks where to save the {@code .eml}, given a suggested file name
     */
    public SendViewModel(Supplier<Letter> letter, Supplier<Candidate> sender,
                         Function<String, Optional<Path>> chooseDraft, LinkOpener opener, BackgroundRunner background,
                         I18n i18n) {
        this(letter, sender, chooseDraft, opener, background, i18n, null);
    }

    /** @param draftSaver saves the {@code .eml} its own way (the letter page attaches the PDF); null: as above */
    public SendViewModel(Supplier<Letter> letter, Supplier<Candidate> sender,
                         Function<String, Optional<Path>> chooseDraft, LinkOpener opener, BackgroundRunner background,
                         I18n i18n, Runnable draftSaver) {
        this.draftSaver = draftSaver;
        this.letter = letter;
        this.sender = sender;
        this.chooseDraft = chooseDraft;
        this.opener = opener;
        this.background = background;
        this.i18n = i18n;
    }

    /**
     * What the letter page knows and a bare email does not: whether the letter is marked as sent (then the message
     * does not ask to mark it again) and the PDF saved from it (then the message says to attach it).
     */
    public void knowLetter(BooleanSupplier markedSent, Supplier<Path> savedPdf) {
        this.markedSent = markedSent;
        this.savedPdf = savedPdf;
    }

    public void openInMailProgram() {
        open(MailtoUri.of(letter.get()), "mail");
    }

    public void openInGmail() {
        open(WebmailLinks.gmail(letter.get()), "gmail");
    }

    public void openInOutlook() {
        open(WebmailLinks.outlook(letter.get()), "outlook");
    }

    private void open(String link, String where) {
        tell(i18n.get("send.opening"), false);
        background.run(() -> opener.open(link), result -> {
            switch (result.outcome()) {
                case OPENED -> tell(opened(where), false);
                case NO_OPENER -> notOpened(link, where, i18n.get("send.noOpener", result.opener())
                        + (where.equals("mail") ? "" : " " + i18n.get("send.orCopyLink")));
                case NOTHING_OPENS_IT -> notOpened(link, where, i18n.get("send.nothingOpens." + where,
                        result.opener(), result.exitStatus()));
            }
        }, error -> notOpened(link, where, i18n.get("send.nothingOpens." + where, "",
                String.valueOf(error.getMessage()))));
    }

    /** A webmail link works in any browser the user starts by hand: it is offered to copy (a mailto link is not). */
    private void notOpened(String link, String where, String why) {
        tell(why, true);
        unopenedLink.set(where.equals("mail") ? "" : link);
    }

    /**
     * "Opened in Gmail.", then the PDF to attach when one was saved (a link carries no attachment), then what is
     * left to do: send it and mark it as sent, or only send it when it is marked already; then the .eml.
     */
    private String opened(String where) {
        return i18n.get("send.opened." + where) + " " + attachReminder() + " "
                + i18n.get(markedSent.getAsBoolean() ? "send.thenSend" : "send.thenSendAndMark") + emlAttaches();
    }

    /**
     * On the letter page, whose .eml carries the PDF: the easier way for a mail program, which no tester found
     * while the message told them to attach the PDF by hand.
     */
    private String emlAttaches() {
        return draftSaver == null ? "" : " " + i18n.get("send.emlAttaches");
    }

    /** The PDF to attach to an email a link opens, or the PDF to save first: a link carries no attachment. */
    private String attachReminder() {
        Path pdf = savedPdf.get();
        return pdf == null || !Files.isRegularFile(pdf) ? i18n.get("send.savePdfToAttach")
                : i18n.get("send.attachPdf", pdf.getFileName(), folderName(pdf));
    }

    private static String folderName(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null ? String.valueOf(folder) : folder.getFileName().toString();
    }

    /** The unsent email as a file for Outlook, Thunderbird or Apple Mail to open. */
    public void saveDraft() {
        if (draftSaver != null) {
            tell("", false);   // what an earlier button said (a browser that did not open) is no longer the news
            draftSaver.run();
            return;
        }
        Letter current = letter.get();
        FileChoice.of(() -> chooseDraft.apply(AttachmentName.baseOf(current) + ".eml"), i18n, this::failed)
                .ifPresent(target -> writeDraft(current, target));
    }

    private void writeDraft(Letter current, Path target) {
        background.run(() -> {
            Candidate from = sender.get();
            try {
                AtomicFiles.write(target, new EmailDraft().write(current, from.name(), from.email(), null, null).eml(),
                        false);
            } catch (NotesException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return target;
        }, saved -> tell(i18n.get("send.draftSaved", saved.getFileName()), false),
                error -> tell(i18n.get("send.draftFailed", target.getFileName(), error.getMessage()), true));
    }

    /** A folder in the file manager: where the PDF to attach was saved. */
    public void showFolder(Path folder) {
        background.run(() -> opener.open(folder.toUri().toString()), result -> {
            if (result.outcome() == LinkOpener.Outcome.OPENED) {
                tell(i18n.get("send.folderShown", folder.getFileName()), false);
            } else {
                tell(i18n.get("send.folderNotShown", folder), true);
            }
        }, error -> tell(i18n.get("send.folderNotShown", folder), true));
    }

    /** "Name <email>, ..." of everyone in To, ready to paste into a mail program's To field. */
    public String recipients() {
        return EmailText.recipients(letter.get().to());
    }

    /** The same for Cc; "" when nobody is copied. */
    public String copies() {
        return EmailText.recipients(letter.get().cc());
    }

    public String subject() {
        return letter.get().subject();
    }

    public String body() {
        return letter.get().bodyText();
    }

    /** The view put one part on the clipboard: {@code recipients}, {@code copies}, {@code subject} or {@code body}. */
    public void copied(String part) {
        tell(i18n.get(part.equals("copies") && copies().isEmpty() ? "send.copied.nobody" : "send.copied." + part),
                false);
    }

    /** Something the user asked for on the way to sending (a PDF, the .eml) failed: the area says so, as a problem. */
    public void failed(String why) {
        tell(why, true);
    }

    private void tell(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
        unopenedLink.set("");
    }

    /** The view put the link no browser opened on the clipboard. */
    public void linkCopied() {
        // the link stays offered as it is: taken away and set again, it told the letter page a new link had come,
        // and the page scrolled to the send area under the user's pointer
        message.set(i18n.get("send.copied.link") + " " + attachReminder());
        problem.set(false);
    }

    /** The Gmail or Outlook link that no browser opened, to paste into one; "" when there is none. */
    public ReadOnlyStringProperty unopenedLinkProperty() {
        return unopenedLink.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
