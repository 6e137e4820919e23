package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code mailto:} link (RFC 6068) that opens the user's mail program with To, Cc, subject and body filled in.
 * Everything but unreserved characters is percent-encoded as UTF-8; line breaks become CRLF as the RFC asks.
 * Only valid addresses are included ({@link Recipients}).
 */
public final class MailtoUri {
    private MailtoUri() {
    }

    public static String of(Letter letter) {
        Recipients recipients = Recipients.of(letter);
        StringBuilder uri = new StringBuilder("mailto:");
        uri.append(addresses(recipients.to()));
        List<String> fields = new ArrayList<>();
        if (!recipients.cc().isEmpty()) {
            fields.add("cc=" + addresses(recipients.cc()));
        }
        fields.add("subject=" + encode(Headers.text(letter.subject())));
        fields.add("body=" + encode(letter.bodyText().replace("\r\n", "\n").replace("\n", "\r\n")));
        return uri.append('?').append(String.join("&", fields)).toString();
    }

    private static String addresses(List<Recipient> recipients) {
        return recipients.stream()
                .map(r -> encode(r.email()).replace("%40", "@"))
                .collect(Collectors.joining(","));
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
