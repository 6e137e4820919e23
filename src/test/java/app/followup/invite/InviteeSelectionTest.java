package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InviteeSelectionTest {
    private final List<Invitee> found = List.of(new Invitee("Sam Taylor", "sam.taylor@example.com"),
            new Invitee("Helen Marsh", "helen.marsh@northgate.co.uk"), new Invitee("", "anna@talentbridge.no"));

    @Test
    void theCandidateAndThoseInTheTableAreLeftOutWhateverTheCase() {
        InviteeSelection selection = InviteeSelection.of(found, "Sam.Taylor@Example.com",
                List.of(" HELEN.MARSH@northgate.co.uk", ""));
        assertThat(selection.added()).extracting(Invitee::address).containsExactly("anna@talentbridge.no");
        assertThat(selection.yourself()).extracting(Invitee::name).containsExactly("Sam Taylor");
        assertThat(selection.alreadyThere()).extracting(Invitee::name).containsExactly("Helen Marsh");
    }

    @Test
    void withoutTheCandidatesAddressEveryoneNewIsAdded() {
        assertThat(InviteeSelection.of(found, null, List.of()).added()).isEqualTo(found);
    }

    /** Both testers' invitations came from the recruiter, who became the sponsor and the addressee as row one. */
    @Test
    void theEmployersPeopleComeBeforeTheRecruiterWhoSentTheInvitation() {
        List<Invitee> invitation = List.of(new Invitee("Tom Fletcher", "tom.fletcher@peoplefirst-search.co.uk"),
                new Invitee("Rachel O'Neill", "rachel.oneill@brightwave-logistics.co.uk"),
                new Invitee("James Whitaker", "j.whitaker@brightwave-logistics.co.uk"),
                new Invitee("", "candidate@example.co.uk"));
        assertThat(InviteeSelection.of(invitation, "candidate@example.co.uk", List.of()).added())
                .extracting(Invitee::name).containsExactly("Rachel O'Neill", "James Whitaker", "Tom Fletcher");
    }
}
