package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public compose pages of Gmail and Outlook on the web, filled in with To, Cc, subject and body, for users
 * whose mail lives in the browser. Values are percent-encoded as UTF-8 (a space as {@code %20}: Outlook shows a
 * {@code +} as a plus sign after its sign-in redirect); line breaks stay single {@code %0A}, as both pages expect.
 * Only valid addresses are included ({@link Recipients}), several separated by commas.
 */
public final class WebmailLinks {
    static final String GMAIL = "https://mail.google.com/mail/?view=cm&fs=1";
    static final String OUTLOOK = "https://outlook.office.com/mail/deeplink/compose?";

    private WebmailLinks() {
    }

    public static String gmail(Letter letter) {
        Recipients recipients = Recipients.of(letter);
        return GMAIL + "&to=" + addresses(recipients.to())
                + (recipients.cc().isEmpty() ? "" : "&cc=" + addresses(recipients.cc()))
                + "&su=" + MailtoUri.encode(Headers.text(letter.subject()))
                + "&body=" + MailtoUri.encode(body(letter));
    }

    public static String outlook(Letter letter) {
        Recipients recipients = Recipients.of(letter);
        return OUTLOOK + "to=" + addresses(recipients.to())
                + (recipients.cc().isEmpty() ? "" : "&cc=" + addresses(recipients.cc()))
                + "&subject=" + MailtoUri.encode(Headers.text(letter.subject()))
                + "&body=" + MailtoUri.encode(body(letter));
    }

    private static String body(Letter letter) {
        return letter.bodyText().replace("\r\n", "\n");
    }

    private static String addresses(List<Recipient> recipients) {
        return recipients.stream()
                .map(r -> MailtoUri.encode(r.email()).replace("%40", "@"))
                .collect(Collectors.joining(","));
    }
}
