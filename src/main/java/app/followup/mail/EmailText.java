package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The email as plain text, as the command line's {@code --text} and standard output write it and "Copy email
 * text" copies it. Only valid addresses appear ({@link Recipients}); the others are left out, as from every output.
 */
public final class EmailText {
    private EmailText() {
    }

    public static String of(Letter letter) {
        Recipients recipients = Recipients.of(letter);
        return "Subject: " + Headers.text(letter.subject()) + "\n"
                + ("To: " + line(recipients.to())).stripTrailing() + "\n"
                + ("Cc: " + line(recipients.cc())).stripTrailing() + "\n"
                + "\n"
                + letter.bodyText() + "\n";
    }

    /** "Name <email>, ...", valid addresses only: names that would confuse a mail program are quoted. */
    public static String recipients(List<Recipient> recipients) {
        return line(Recipients.valid(recipients, new ArrayList<>()));
    }

    private static String line(List<Recipient> recipients) {
        return recipients.stream().map(EmailText::recipient).collect(Collectors.joining(", "));
    }

    private static String recipient(Recipient recipient) {
        String name = Headers.text(recipient.name());
        if (name.isEmpty()) {
            return recipient.email();
        }
        return Headers.displayName(name) + " <" + recipient.email() + ">";
    }
}
