package app.followup.invite;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;

/**
 * Someone read off an invitation or an address list: a plain address {@code EmailAddresses} accepts, and the name
 * that went with it, empty when there was none that reads as a person's name. The title and the organisation are
 * what the text around the addresses said, empty when it said nothing; {@code recruiter} is whether they write
 * from a recruitment or search agency rather than from the employer.
 */
public record Invitee(String name, String address, String title, String organisation, boolean recruiter) {
    public Invitee {
        name = name == null ? "" : name;
        title = title == null ? "" : title;
        organisation = organisation == null ? "" : organisation;
    }

    public Invitee(String name, String address) {
        this(name, address, "", "", false);
    }

    public boolean hasName() {
        return !name.isEmpty();
    }

    public Invitee withName(String value) {
        return new Invitee(value, address, title, organisation, recruiter);
    }

    public Invitee withDetails(String newTitle, String newOrganisation, boolean isRecruiter) {
        return new Invitee(name, address, newTitle, newOrganisation, isRecruiter);
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
