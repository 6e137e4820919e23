package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import java.util.List;
import java.util.stream.Collectors;

/** The email as plain text, as the command line's {@code --text} writes it and "Copy email text" copies it. */
public final class EmailText {
    private EmailText() {
    }

    public static String of(Letter letter) {
        return "Subject: " + Headers.oneLine(letter.subject()) + "\n"
                + ("To: " + recipients(letter.to())).stripTrailing() + "\n"
                + ("Cc: " + recipients(letter.cc())).stripTrailing() + "\n"
                + "\n"
                + letter.bodyText() + "\n";
    }

    /** "Name <email>, ...": names that would confuse a mail program are quoted. */
    public static String recipients(List<Recipient> recipients) {
        return recipients.stream().map(EmailText::recipient).collect(Collectors.joining(", "));
    }

    private static String recipient(Recipient recipient) {
        String email = Headers.oneLine(recipient.email());
        String name = Headers.oneLine(recipient.name());
        if (name.isEmpty()) {
            return email;
        }
        return Headers.displayName(name) + " <" + email + ">";
    }
}
