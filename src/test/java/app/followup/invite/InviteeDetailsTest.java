package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testers' own invitation emails: what they retyped by hand is read off the text. */
class InviteeDetailsTest {
    private static String email(String name) {
        try (var in = InviteeDetailsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Invitee> read(String text, String employer) {
        return InviteeDetails.read(PastedAddresses.read(text), text, employer);
    }

    @Test
    void titlesInBracketsAndTheRecruitersSignatureAreRead() {
        assertThat(read(email("invitation-email.txt"), "Brightwave Logistics"))
                .extracting(Invitee::name, Invitee::title, Invitee::organisation, Invitee::recruiter)
                .containsExactly(
                        tuple("Tom Fletcher", "Senior Consultant", "PeopleFirst Search", true),
                        tuple("Rachel O'Neill", "Head of Sales", "", false),
                        tuple("James Whitaker", "Managing Director", "", false),
                        tuple("", "", "", false));
    }

    @Test
    void aNorwegianTitleBeforeTheNameAndASignatureAreRead() {
        assertThat(read(email("invitasjon-epost.txt"), null))
                .extracting(Invitee::name, Invitee::title, Invitee::organisation, Invitee::recruiter)
                .containsExactly(
                        tuple("Marte Solberg", "seniorrådgiver", "Rekruttpartner AS", true),
                        tuple("Hans Petter Lunde", "salgsdirektør", "", false),
                        tuple("Ingrid Aas", "administrerende direktør", "", false),
                        tuple("", "", "", false));
    }

    @Test
    void withoutASignatureTheAgencysNameComesFromItsDomainAsTheTextSpellsIt() {
        String text = "To: Rachel O'Neill <rachel.oneill@brightwave-logistics.co.uk>, "
                + "tom.fletcher@peoplefirst-search.co.uk\nTom from PeopleFirst Search will join us.";
        assertThat(read(text, "Brightwave Logistics Ltd"))
                .extracting(Invitee::name, Invitee::organisation, Invitee::recruiter)
                .containsExactly(tuple("Rachel O'Neill", "", false),
                        tuple("Tom Fletcher", "PeopleFirst Search", true));
    }

    @Test
    void aDomainNotInTheTextIsCapitalisedAndAFreeMailServiceNamesNoOrganisation() {
        String text = "a.berg@northgate.no, helen.marsh@northgate.no, kari.nordmann@gmail.com, "
                + "ole.hansen@talent-bridge.no";
        assertThat(read(text, null)).extracting(Invitee::address, Invitee::organisation, Invitee::recruiter)
                .containsExactly(tuple("a.berg@northgate.no", "", false),
                        tuple("helen.marsh@northgate.no", "", false),
                        tuple("kari.nordmann@gmail.com", "", false),
                        tuple("ole.hansen@talent-bridge.no", "Talent Bridge", false));
    }

    @Test
    void anotherPersonsNameAfterACommaIsNotATitle() {
        String text = "James Whitaker, Rachel O'Neill\nj.whitaker@brightwave.co.uk\nrachel.oneill@brightwave.co.uk";
        assertThat(read(text, null)).extracting(Invitee::title).containsOnly("");
    }
}
