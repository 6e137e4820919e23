package app.followup.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * The one rule for an email address, used by every output (email text, standard output, .eml, mailto: link) and
 * by the advice: a single plain {@code local@domain}. No display name, no group ({@code team: a@x.no, b@x.no;}),
 * no list, no quoted local part, no comment, no route, no space, control or non-ASCII character: text that a mail program
 * could read as more than one recipient, or as something else than this address, is not an address here.
 */
public final class EmailAddresses {
    /**
     * Printable ASCII without the characters that mean more than an address to RFC 5322 (lists, groups, names,
     * quotes, comments, routes). Addresses with letters such as ø (RFC 6531) reach few mail systems and are written
     * raw into the .eml, where readers take them for Latin-1; a domain such as blåbær.no is written in its ASCII
     * form (xn--blbr-roae.no).
     */
    private static final Pattern PLAIN = Pattern.compile("[!#-'*+\\-./0-9=?A-Z^-~]+@[!#-'*+\\-./0-9=?A-Z^-~]+");

    private EmailAddresses() {
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String address = text.strip();
        if (!PLAIN.matcher(address).matches()) {
            return false;
        }
        String domain = address.substring(address.indexOf('@') + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return false;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(address, true);
            if (parsed.length != 1) {
                return false;
            }
            parsed[0].validate();
            return !parsed[0].isGroup() && parsed[0].getPersonal() == null && parsed[0].getAddress().equals(address);
        } catch (AddressException e) {
            return false;
        }
    }
}
