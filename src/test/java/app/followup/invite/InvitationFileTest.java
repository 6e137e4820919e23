package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.followup.invite.InvitationFile.Invitation;
import app.followup.invite.InvitationFile.UnreadableInvitation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invitations as Outlook and Google Calendar send them. */
class InvitationFileTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(InvitationFileTest.class.getResource(name).toURI());
    }

    @Test
    void outlooksInvitationGivesTheOrganizerAndAttendeesButNotTheRoom() throws Exception {
        Invitation invitation = InvitationFile.read(sample("outlook-invitation.ics"), OSLO);
        assertThat(invitation.people()).containsExactly(
                new Invitee("Ingrid Lie", "ingrid.lie@ramsvik-rekruttering.no"),
                new Invitee("Hanne Berg", "hanne.berg@nordlys-energi.no"),
                new Invitee("Ola Nordmann", "ola.nordmann@example.no"),
                new Invitee("", "tor@nordlys-energi.no"));
        assertThat(invitation.day()).contains(LocalDate.of(2026, 11, 26));
    }

    @Test
    void googlesInvitationGivesEachPersonOnceAndNoMeetingRoom() throws Exception {
        Invitation invitation = InvitationFile.read(sample("google-invitation.ics"), OSLO);
        assertThat(invitation.people()).containsExactly(
                new Invitee("Helen Marsh", "helen.marsh@northgate.co.uk"),
                new Invitee("David Lee", "david.lee@northgate.co.uk"),
                new Invitee("", "anna@talentbridge.no"),
                new Invitee("Sam Taylor", "sam.taylor@example.com"));
        assertThat(invitation.day()).contains(LocalDate.of(2026, 11, 26));
    }

    @Test
    void theMeetingsDayIsTheDayWhereTheUserIs() throws Exception {
        // 23:30 in London on the 26th is already the 27th in Oslo
        String late = Files.readString(sample("google-invitation.ics"))
                .replace("DTSTART:20261126T140000Z", "DTSTART:20261126T233000Z");
        assertThat(InvitationFile.parse(late, OSLO).day()).contains(LocalDate.of(2026, 11, 27));
        assertThat(InvitationFile.parse(late, ZoneId.of("Europe/London")).day())
                .contains(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aFileThatIsNoCalendarSaysSo(@TempDir Path folder) throws Exception {
        Path text = Files.writeString(folder.resolve("notes.ics"), "Helen Marsh <helen.marsh@northgate.co.uk>");
        assertThatThrownBy(() -> InvitationFile.read(text, OSLO)).isInstanceOfSatisfying(UnreadableInvitation.class,
                e -> assertThat(e.why()).isEqualTo(UnreadableInvitation.Why.NOT_A_CALENDAR));
    }

    @Test
    void aCalendarWithoutAddressesSaysSo() {
        String noOne = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261126T140000Z\r\n"
                + "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThatThrownBy(() -> InvitationFile.parse(noOne, OSLO)).isInstanceOfSatisfying(
                UnreadableInvitation.class, e -> assertThat(e.why()).isEqualTo(UnreadableInvitation.Why.NO_ADDRESSES));
    }

    @Test
    void aFileThatCannotBeReadSaysSo(@TempDir Path folder) {
        assertThatThrownBy(() -> InvitationFile.read(folder.resolve("gone.ics"), OSLO)).isInstanceOfSatisfying(
                UnreadableInvitation.class, e -> assertThat(e.why()).isEqualTo(UnreadableInvitation.Why.NOT_READ));
    }

    @Test
    void aHostileNameInTheFileStaysOneLineWithoutAnAddress() throws Exception {
        String hostile = Files.readString(sample("google-invitation.ics"))
                .replace("CN=Sam Taylor", "CN=\"Sam\\nBcc: spy@evil.example\"");
        assertThat(InvitationFile.parse(hostile, OSLO).people()).contains(new Invitee("Sam Taylor",
                "sam.taylor@example.com"));
    }
}
