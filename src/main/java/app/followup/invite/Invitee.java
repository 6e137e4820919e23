package app.followup.invite;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;

/**
 * Someone read off an invitation or an address list: a plain address {@code EmailAddresses} accepts, and the name
 * that went with it, empty when there was none that reads as a person's name.
 */
public record Invitee(String name, String address) {
    public Invitee {
        name = name == null ? "" : name;
    }

    public boolean hasName() {
        return !name.isEmpty();
    }

    /** As a mail program writes it in an address line, so that the line reads back as this invitee. */
    public String asLine() {
        if (name.isEmpty()) {
            return address;
        }
        try {
            return new InternetAddress(address, name, "UTF-8").toUnicodeString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
