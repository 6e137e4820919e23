package app.followup.invite;

import app.followup.mail.EmailAddresses;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.CalendarUserType;
import biweekly.property.Attendee;
import biweekly.property.DateStart;
import biweekly.property.Organizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A calendar invitation (.ics) read with biweekly: the organizer and the attendees of its first meeting, each as
 * {@code CN} and {@code mailto:}, and the meeting's day. Rooms and other resources a calendar lists as attendees
 * are left out, as is anyone without an address {@code EmailAddresses} accepts.
 */
public final class InvitationFile {
    /** Larger than any invitation: a file this big is something else, and is not read into memory. */
    private static final long LARGEST = 4L * 1024 * 1024;

    /**
     * What an invitation gives: the people, the meeting's day in the user's time zone when it has one, and its
     * SUMMARY and LOCATION as written (empty when missing), for the interview page to read the position and the
     * employer's address from, and its DESCRIPTION, the message the organiser wrote (whose text and signature say
     * who people are: a calendar's attendees have names and addresses only).
     */
    public record Invitation(List<Invitee> people, Optional<LocalDate> day, String title, String place,
                             String message) {
        public Invitation {
            people = List.copyOf(people);
            title = title == null ? "" : title.strip();
            place = place == null ? "" : place.strip();
            message = message == null ? "" : message.strip();
        }

        public Invitation(List<Invitee> people, Optional<LocalDate> day, String title, String place) {
            this(people, day, title, place, "");
        }

        public Invitation(List<Invitee> people, Optional<LocalDate> day) {
            this(people, day, "", "");
        }
    }

    /** The file could not be read as an invitation; the message says why, for the user. */
    public static final class UnreadableInvitation extends Exception {
        public enum Why { NOT_READ, NOT_A_CALENDAR, NO_MEETING, NO_ADDRESSES }

        private final Why why;

        UnreadableInvitation(Why why, Throwable cause) {
            super(why.name(), cause);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    private InvitationFile() {
    }

    public static Invitation read(Path file, ZoneId zone) throws UnreadableInvitation {
        String text;
        try {
            if (Files.size(file) > LARGEST) {
                throw new UnreadableInvitation(UnreadableInvitation.Why.NOT_A_CALENDAR, null);
            }
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            // a file that is not UTF-8 text fails here too (MalformedInputException is an IOException)
            throw new UnreadableInvitation(UnreadableInvitation.Why.NOT_READ, e);
        }
        return parse(text, zone);
    }

    public static Invitation parse(String text, ZoneId zone) throws UnreadableInvitation {
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(text).all();
        } catch (RuntimeException e) {
            throw new UnreadableInvitation(UnreadableInvitation.Why.NOT_A_CALENDAR, e);
        }
        if (calendars.isEmpty()) {
            throw new UnreadableInvitation(UnreadableInvitation.Why.NOT_A_CALENDAR, null);
        }
        List<VEvent> events = calendars.stream().flatMap(c -> c.getEvents().stream()).toList();
        if (events.isEmpty()) {
            throw new UnreadableInvitation(UnreadableInvitation.Why.NO_MEETING, null);
        }
        VEvent meeting = events.get(0);
        List<Invitee> people = peopleOf(meeting);
        if (people.isEmpty()) {
            throw new UnreadableInvitation(UnreadableInvitation.Why.NO_ADDRESSES, null);
        }
        return new Invitation(people, dayOf(meeting, zone),
                meeting.getSummary() == null ? null : meeting.getSummary().getValue(),
                meeting.getLocation() == null ? null : meeting.getLocation().getValue(),
                meeting.getDescription() == null ? null : messageOf(meeting.getDescription().getValue()));
    }

    /**
     * The organiser's own words, without what a meeting program adds: a Teams or Zoom invitation's description is
     * links and separator lines, which say nothing about who people are.
     */
    static String messageOf(String description) {
        if (description == null) {
            return null;
        }
        String message = description.lines().filter(line -> !line.contains("://"))
                .filter(line -> line.codePoints().anyMatch(Character::isLetter))
                .collect(Collectors.joining("\n")).strip();
        return message.isEmpty() ? null : message;
    }

    private static List<Invitee> peopleOf(VEvent meeting) {
        Map<String, Invitee> people = new LinkedHashMap<>();
        Organizer organizer = meeting.getOrganizer();
        if (organizer != null) {
            add(organizer.getCommonName(), organizer.getEmail(), people);
        }
        for (Attendee attendee : meeting.getAttendees()) {
            CalendarUserType type = attendee.getCalendarUserType();
            if (type == CalendarUserType.ROOM || type == CalendarUserType.RESOURCE) {
                continue;
            }
            add(attendee.getCommonName(), attendee.getEmail(), people);
        }
        return List.copyOf(people.values());
    }

    /** Through the same reading as pasted text, so that a name in the file is tidied as a pasted one. */
    private static void add(String commonName, String email, Map<String, Invitee> people) {
        if (email == null) {
            return;
        }
        String address = email.strip();
        if (!EmailAddresses.isValid(address)) {
            return;
        }
        String name = DisplayNames.clean(commonName);
        Invitee invitee = new Invitee(name.isEmpty() ? DisplayNames.fromAddress(address) : name, address);
        people.putIfAbsent(address.toLowerCase(Locale.ROOT), invitee);
    }

    private static Optional<LocalDate> dayOf(VEvent meeting, ZoneId zone) {
        DateStart start = meeting.getDateStart();
        if (start == null || start.getValue() == null) {
            return Optional.empty();
        }
        // biweekly gives the instant, its time zone already applied; an all-day date is midnight where we are
        return Optional.of(start.getValue().toInstant().atZone(start.getValue().hasTime() ? zone
                : ZoneId.systemDefault()).toLocalDate());
    }
}
