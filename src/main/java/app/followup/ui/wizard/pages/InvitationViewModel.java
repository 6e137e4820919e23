package app.followup.ui.wizard.pages;

import app.followup.invite.InvitationFile;
import app.followup.invite.InvitationFile.Invitation;
import app.followup.invite.InvitationFile.UnreadableInvitation;
import app.followup.invite.Invitee;
import app.followup.invite.InviteeDetails;
import app.followup.invite.InviteeSelection;
import app.followup.invite.PastedAddresses;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.FileChoice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Add from invitation or email" dialog's state: the pasted addresses, who of them will be added (read again
 * as the text changes), what the dialog says about the rest, and the meeting's day an invitation file offers.
 * An invitation file's people are written into the text as address lines, so the user sees them and can strike
 * one out before adding. What the text says about each person (title, organisation, recruiter) is shown as fields
 * the user can correct before Add.
 */
public final class InvitationViewModel {
    /** One thing the dialog says: a bundle key and its arguments, worded by the view in the window's language. */
    public record Notice(String key, List<Object> args) {
        public Notice {
            args = List.copyOf(args);
        }

        static Notice of(String key, Object... args) {
            return new Notice(key, List.of(args));
        }
    }

    public final StringProperty pasted = new SimpleStringProperty("");
    /** Whether the round takes the meeting's day: offered only when an invitation gave a day the round has not. */
    public final BooleanProperty useMeetingDay = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<InviteeSelection> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Notice>> notices = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Notice> fileNotice = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> meetingDay = new SimpleObjectProperty<>();
    private final BooleanBinding offersMeetingDay;
    private Invitation fileRead;
    private final ObservableList<FoundPerson> people = FXCollections.observableArrayList();
    /** Everyone shown since the dialog opened, so that a correction survives the text being read again. */
    private final Map<String, FoundPerson> shown = new HashMap<>();

    private final String ownAddress;
    private final String employerName;
    private final List<String> inTable;
    private final LocalDate roundDay;
    private final LocalDate today;
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final ZoneId zone;

    /**
     * @param ownAddress the candidate's address, never added
     * @param inTable    the addresses the participants table has already
     * @param employerName the application's employer, or null: tells the employer's people from an agency's
     * @param roundDay   the round's date, or null
     */
    public InvitationViewModel(String ownAddress, String employerName, Collection<String> inTable,
                               LocalDate roundDay, LocalDate today, Dialogs dialogs, BackgroundRunner background,
                               ZoneId zone) {
        this.ownAddress = ownAddress;
        this.employerName = employerName;
        this.inTable = List.copyOf(inTable);
        this.roundDay = roundDay;
        this.today = today;
        this.dialogs = dialogs;
        this.background = background;
        this.zone = zone;
        offersMeetingDay = Bindings.createBooleanBinding(
                () -> meetingDay.get() != null && !meetingDay.get().equals(roundDay), meetingDay);
        pasted.addListener(o -> read());
        fileNotice.addListener(o -> read());
        read();
    }

    /** Who will be added, who is left out and why, as the text stands now. */
    public ReadOnlyObjectProperty<InviteeSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /**
     * Whether Add has something to give: people to add, or an invitation file read (its date, and on page 1 its
     * employer, position and address, even when everyone in it is in the table already: a tester pasted the email
     * first, then opened the .ics for the address, and Add stayed greyed out).
     */
    public boolean givesAnything() {
        return !added().isEmpty() || fileRead != null;
    }

    /** Who will be added, with the user's corrections to what was read. */
    public List<Invitee> added() {
        return people.stream().map(FoundPerson::asAdded).toList();
    }

    /** Who will be added, as the dialog shows them: the fields are the user's to correct. */
    public ObservableList<FoundPerson> people() {
        return people;
    }

    public ReadOnlyObjectProperty<List<Notice>> noticesProperty() {
        return notices.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> meetingDayProperty() {
        return meetingDay;
    }

    public BooleanBinding offersMeetingDay() {
        return offersMeetingDay;
    }

    /** The day the round should take when Add is pressed, if any. */
    public Optional<LocalDate> dayChosen() {
        return offersMeetingDay.get() && useMeetingDay.get() ? Optional.of(meetingDay.get()) : Optional.empty();
    }

    /** "Open invitation file (.ics)…": its people go into the text; a file that cannot be read says why. */
    public void openFile() {
        Optional<Path> chosen = FileChoice.named(dialogs::chooseInvitationToOpen,
                name -> fileNotice.set(Notice.of("invite.file.unusableName", name)));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String name = String.valueOf(file.getFileName());
        background.run(() -> InvitationFile.read(file, zone), invitation -> took(invitation, name), error -> {
            UnreadableInvitation.Why why = error instanceof UnreadableInvitation unreadable ? unreadable.why()
                    : UnreadableInvitation.Why.NOT_READ;
            fileNotice.set(Notice.of("invite.file." + key(why), name));
        });
    }

    /** The invitation file read last, for what it says besides its people (its title and place). */
    public Optional<Invitation> fileRead() {
        return Optional.ofNullable(fileRead);
    }

    private void took(Invitation invitation, String fileName) {
        fileRead = invitation;
        String lines = invitation.people().stream().map(Invitee::asLine).collect(Collectors.joining("\n"));
        // the organiser's message says who people are ("Du møter salgsdirektør Hans Petter Lunde …"); without
        // one, the titles are in the email: two testers left every title empty and found that out by hand
        if (!invitation.message().isEmpty()) {
            lines = lines + "\n\n" + invitation.message();
        }
        String before = pasted.get().strip();
        fileNotice.set(Notice.of(invitation.message().isEmpty() ? "invite.file.read.noMessage" : "invite.file.read",
                invitation.people().size(), fileName));
        pasted.set(before.isEmpty() ? lines : before + "\n" + lines);
        LocalDate day = invitation.day().orElse(null);
        meetingDay.set(day);
        // a round still on the day it was made (or on none) takes the day of a meeting already held; a later
        // meeting is the next round's invitation, and a day the user typed is theirs: both offered, not ticked
        useMeetingDay.set(day != null && !day.isAfter(today) && (roundDay == null || roundDay.equals(today)));
    }

    private static String key(UnreadableInvitation.Why why) {
        return switch (why) {
            case NOT_READ -> "notRead";
            case NOT_A_CALENDAR -> "notCalendar";
            case NO_MEETING -> "noMeeting";
            case NO_ADDRESSES -> "noAddresses";
        };
    }

    private void read() {
        List<Invitee> found = InviteeDetails.read(PastedAddresses.read(pasted.get()), pasted.get(), employerName);
        InviteeSelection now = InviteeSelection.of(found, ownAddress, inTable);
        people.setAll(now.added().stream().map(invitee -> {
            FoundPerson person = shown.computeIfAbsent(invitee.address().toLowerCase(Locale.ROOT),
                    a -> new FoundPerson(invitee));
            person.take(invitee);
            return person;
        }).toList());
        selection.set(now);
        List<Notice> said = new ArrayList<>();
        if (fileNotice.get() != null) {
            said.add(fileNotice.get());
        }
        if (found.isEmpty() && !pasted.get().isBlank()) {
            said.add(Notice.of("invite.noAddress"));
        }
        if (!now.yourself().isEmpty()) {
            said.add(Notice.of("invite.yourself", now.yourself().get(0).address()));
        }
        if (!now.alreadyThere().isEmpty()) {
            said.add(Notice.of("invite.alreadyThere", now.alreadyThere().stream().map(Invitee::address)
                    .collect(Collectors.joining(", "))));
        }
        notices.set(List.copyOf(said));
    }
}
