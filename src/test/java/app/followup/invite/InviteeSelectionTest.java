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
}
