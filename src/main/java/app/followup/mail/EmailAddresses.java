package app.followup.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether text is one plain email address (RFC 5322 addr-spec with a domain), as Jakarta Mail reads it. */
public final class EmailAddresses {
    private EmailAddresses() {
    }

    public static boolean isValid(String text) {
        if (text == null || text.isBlank() || text.strip().contains(" ") || !text.contains("@")) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text.strip(), true);
            address.validate();
            String domain = address.getAddress().substring(address.getAddress().indexOf('@') + 1);
            return address.getPersonal() == null && domain.contains(".") && !domain.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
