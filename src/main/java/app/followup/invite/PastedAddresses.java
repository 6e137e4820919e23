package app.followup.invite;

import app.followup.mail.EmailAddresses;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people in text pasted from a mail program or a calendar: RFC 5322 address lists (read by Angus Mail's
 * {@link InternetAddress#parseHeader}, which also takes Outlook's semicolons and groups), one address a line with
 * or without "To:"/"Cc:"/"Til:"/"Kopi:" in front, and a calendar's guest list with a name on one line and its
 * address on the next. Every address it gives is one {@link EmailAddresses#isValid} accepts, each once.
 */
public final class PastedAddresses {
    /** The header words mail programs copy in front of a list, in English and Norwegian. */
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(to|cc|bcc|from|til|kopi|blindkopi|fra|required|optional|attendees|guests|deltakere|gjester"
                    + "|obligatorisk|valgfri|valgfritt)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    /** Lines a calendar's guest list has between names: they name no one. */
    private static final Set<String> STATUS_LINES = Set.of("organizer", "organiser", "organisator", "arrangør",
            "optional", "valgfri", "valgfritt", "required", "obligatorisk", "yes", "no", "maybe", "ja", "nei",
            "kanskje", "awaiting", "guests", "gjester");
    /** Where text that the parser could not read is cut to find addresses in it. */
    /** One word of letters (Lee, Nordmann-Hansen, O'Brien): the part of an unquoted "Last, First" before the comma. */
    private static final Pattern SURNAME = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern NOT_IN_AN_ADDRESS = Pattern.compile("[\\s<>\"(),;\\[\\]]+");

    private PastedAddresses() {
    }

    public static List<Invitee> read(String text) {
        Map<String, Invitee> found = new LinkedHashMap<>();
        String nameLine = "";
        for (String rawLine : (text == null ? "" : text).split("\\R")) {
            String line = HEADER.matcher(rawLine).replaceFirst("").strip();
            if (line.isEmpty() || STATUS_LINES.contains(line.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!line.contains("@")) {
                // perhaps the name of the address on the next line, as a calendar's guest list gives them
                nameLine = line;
                continue;
            }
            List<Invitee> onLine = addressesIn(line);
            if (onLine.size() == 1 && !onLine.get(0).hasName() && !nameLine.isEmpty()) {
                String name = DisplayNames.clean(nameLine);
                if (DisplayNames.couldBelongTo(name, onLine.get(0).address())) {
                    onLine = List.of(new Invitee(name, onLine.get(0).address()));
                }
            }
            nameLine = "";
            for (Invitee invitee : onLine) {
                found.merge(invitee.address().toLowerCase(Locale.ROOT), invitee,
                        (first, later) -> first.hasName() ? first : first.withName(later.name()));
            }
        }
        return found.values().stream().map(PastedAddresses::namedFromAddressIfNameless).toList();
    }

    private static Invitee namedFromAddressIfNameless(Invitee invitee) {
        return invitee.hasName() ? invitee
                : invitee.withName(DisplayNames.fromAddress(invitee.address()));
    }

    /** One line's addresses, in order; what the parser reads as something else is searched for plain addresses. */
    private static List<Invitee> addressesIn(String line) {
        List<Invitee> invitees = new ArrayList<>();
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(line, false);
        } catch (AddressException | RuntimeException e) {
            parsed = new InternetAddress[0];
        }
        // Outlook shows "Lee, David <david.lee@…>" unquoted: the parser reads "Lee" as an address of its own, the
        // surname of the name after it
        String surname = null;
        for (InternetAddress address : parsed) {
            String text = address.getAddress() == null ? "" : address.getAddress().strip();
            if (!address.isGroup() && SURNAME.matcher(text).matches()) {
                surname = text;
                continue;
            }
            collect(address, surname, invitees);
            surname = null;
        }
        if (invitees.isEmpty()) {
            for (String word : NOT_IN_AN_ADDRESS.split(line)) {
                if (EmailAddresses.isValid(word)) {
                    invitees.add(new Invitee("", word));
                }
            }
        }
        return invitees;
    }

    private static void collect(InternetAddress address, String surname, List<Invitee> into) {
        if (address.isGroup()) {
            try {
                for (InternetAddress member : address.getGroup(false)) {
                    collect(member, null, into);
                }
            } catch (AddressException e) {
                // a group the parser cannot open names no one we can write to
            }
            return;
        }
        String plain = address.getAddress() == null ? "" : address.getAddress().strip();
        if (EmailAddresses.isValid(plain)) {
            String personal = address.getPersonal();
            boolean givenNames = personal != null && !personal.isBlank() && personal.strip().split("\\s+").length <= 2;
            into.add(new Invitee(DisplayNames.clean(surname != null && givenNames ? surname + ", " + personal
                    : personal), plain));
        }
    }
}
