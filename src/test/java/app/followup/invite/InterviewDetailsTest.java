package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.invite.InvitationFile.Invitation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Page 1's fields from the invitations and emails recruiters sent the testers. */
class InterviewDetailsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(InterviewDetailsTest.class.getResource(name).toURI());
    }

    private static InterviewDetails fromFile(String name, String own) throws Exception {
        Invitation invitation = InvitationFile.read(sample(name), LONDON);
        return InterviewDetails.ofInvitation(invitation.title(), invitation.place(), invitation.people(), own);
    }

    private static InterviewDetails fromEmail(String name, String own) throws Exception {
        String text = Files.readString(sample(name));
        return InterviewDetails.ofEmail(text, PastedAddresses.read(text), own);
    }

    @Test
    void theBritishInvitationGivesEmployerPositionAndAddressNotTheAgency() throws Exception {
        InterviewDetails details = fromFile("second-interview.ics", "candidate@example.co.uk");
        assertThat(details.employer()).contains("Brightwave Logistics");
        assertThat(details.position()).contains("Senior Account Executive");
        assertThat(details.address()).containsExactly("2 Canal Street", "Manchester");
    }

    @Test
    void theNorwegianInvitationGivesEmployerPositionAndAddressNotTheAgency() throws Exception {
        InterviewDetails details = fromFile("intervju-andre-runde.ics", null);
        assertThat(details.employer()).contains("Fjordkraft Solutions");
        assertThat(details.position()).contains("Key Account Manager");
        assertThat(details.address()).containsExactly("Strandkaien 14", "Bergen");
    }

    @Test
    void aTeamsMeetingHasNoAddressAndItsEmployerComesFromTheAddressesNotTheRecruiter() throws Exception {
        InterviewDetails details = fromFile("teams-invitation.ics", "ola.nordmann@example.no");
        assertThat(details.address()).isEmpty();
        assertThat(details.employer()).contains("Nordlys Energi");
        assertThat(details.position()).contains("Salgssjef Vest");
    }

    @Test
    void theEmailsSubjectGivesThePositionWithoutItsDateAndTheAddressesTheEmployer() throws Exception {
        InterviewDetails english = fromEmail("invitation-email.txt", "candidate@example.co.uk");
        assertThat(english.position()).contains("Senior Account Executive");
        assertThat(english.employer()).contains("Brightwave Logistics");
        assertThat(english.address()).isEmpty();
        InterviewDetails norwegian = fromEmail("invitasjon-epost.txt", "kandidat@example.no");
        assertThat(norwegian.position()).contains("Key Account Manager");
        assertThat(norwegian.employer()).contains("Fjordkraft Solutions");
    }

    @Test
    void aPlaceThatNamesSomeoneElseFirstGivesOnlyTheStreetOnwards() {
        InterviewDetails details = InterviewDetails.ofInvitation("Interview: Sales Lead",
                "Meeting room Fjord, Strandkaien 14, Bergen",
                java.util.List.of(new Invitee("Hanne Berg", "hanne.berg@nordlys-energi.no")), null);
        assertThat(details.employer()).contains("Nordlys Energi");
        assertThat(details.address()).containsExactly("Strandkaien 14", "Bergen");
    }

    @Test
    void aMeetingWithOnlyTheRecruiterNamesNoEmployerAndARoomIsNoAddress() {
        InterviewDetails details = InterviewDetails.ofInvitation("Catch-up", "Room 4B",
                java.util.List.of(new Invitee("Tom Fletcher", "tom.fletcher@peoplefirst-search.co.uk"),
                        new Invitee("", "me@gmail.com")), null);
        assertThat(details.employer()).isEmpty();
        assertThat(details.position()).isEmpty();
    }
}
