package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.mail.EmailText;
import app.followup.mail.MailtoUri;
import app.followup.ui.common.DisplayText;
import app.followup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;

/** The letter as an email: the side panel's preview, the text to copy and the mailto link. */
public final class EmailPreview {
    private final ObservableObjectValue<Letter> letter;
    private final StringBinding shown;

    EmailPreview(ObservableObjectValue<Letter> letter, I18n i18n) {
        this.letter = letter;
        this.shown = Bindings.createStringBinding(() -> DisplayText.forReading(preview(letter.get(), i18n)), letter,
                i18n.localeProperty());
    }

    /** The email as the user will send it, with its header lines in the window's language, for the side panel. */
    public StringBinding shown() {
        return shown;
    }

    private static String preview(Letter shown, I18n i18n) {
        if (shown == null) {
            return "";
        }
        String cc = EmailText.recipients(shown.cc());
        return i18n.get("preview.subject") + " " + shown.subject() + "\n"
                + i18n.get("preview.to") + " " + EmailText.recipients(shown.to()) + "\n"
                + (cc.isEmpty() ? "" : i18n.get("preview.cc") + " " + cc + "\n")
                + "\n" + shown.bodyText();
    }

    /** The whole email as plain text, header lines in the letter's language. */
    public String text() {
        return EmailText.of(letter.get());
    }

    public String mailtoUri() {
        return MailtoUri.of(letter.get());
    }
}
