package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.followup.mail.EmailAddresses;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Address lists as mail programs and calendars copy them, and text that only looks like one. */
class PastedAddressesTest {

    @Test
    void anOutlookLineWithSemicolonsQuotedLastFirstAndABareAddress() {
        List<Invitee> found = PastedAddresses.read("Helen Marsh <helen.marsh@northgate.co.uk>; "
                + "\"Lee, David\" <david.lee@northgate.co.uk>, anna@talentbridge.no");
        assertThat(found).containsExactly(
                new Invitee("Helen Marsh", "helen.marsh@northgate.co.uk"),
                new Invitee("David Lee", "david.lee@northgate.co.uk"),
                new Invitee("", "anna@talentbridge.no"));
    }

    @Test
    void outlooksUnquotedLastCommaFirstIsOneName() {
        assertThat(PastedAddresses.read("Lee, David <david.lee@northgate.co.uk>; Nordmann-Hansen, Kari Anne "
                + "<kari@x.no>\nHelen Marsh, Tor <tor@x.no>"))
                .containsExactly(new Invitee("David Lee", "david.lee@northgate.co.uk"),
                        new Invitee("Kari Anne Nordmann-Hansen", "kari@x.no"),
                        new Invitee("Tor", "tor@x.no"));
    }

    @Test
    void anRfcListWithCommasAndQuotedNames() {
        assertThat(PastedAddresses.read("\"Hanne Berg\" <hanne@nordlys.no>, Tor Vik <tor.vik@nordlys.no>"))
                .containsExactly(new Invitee("Hanne Berg", "hanne@nordlys.no"),
                        new Invitee("Tor Vik", "tor.vik@nordlys.no"));
    }

    @Test
    void headerWordsInFrontOfLinesAreNotPartOfAnyone() {
        assertThat(PastedAddresses.read("Til: Hanne Berg <hanne@nordlys.no>\nKopi: ingrid.lie@ramsvik.no\n"
                + "To: a.person@x.no\nCc: Bo <bo@x.no>"))
                .containsExactly(new Invitee("Hanne Berg", "hanne@nordlys.no"),
                        new Invitee("Ingrid Lie", "ingrid.lie@ramsvik.no"),
                        new Invitee("", "a.person@x.no"),
                        new Invitee("Bo", "bo@x.no"));
    }

    @Test
    void oneAddressALineWithAngleBracketsOrBare() {
        assertThat(PastedAddresses.read("<hanne@nordlys.no>\n  tor@nordlys.no  \n\n"))
                .extracting(Invitee::address).containsExactly("hanne@nordlys.no", "tor@nordlys.no");
    }

    @Test
    void aGuestListWithTheNameOnOneLineAndTheAddressOnTheNext() {
        assertThat(PastedAddresses.read("Helen Marsh\nOrganizer\nhelen.marsh@northgate.co.uk\n"
                + "Kari Nordmann\nkn@firma.no\nDavid Lee <david.lee@northgate.co.uk>"))
                .containsExactly(new Invitee("Helen Marsh", "helen.marsh@northgate.co.uk"),
                        new Invitee("Kari Nordmann", "kn@firma.no"),
                        new Invitee("David Lee", "david.lee@northgate.co.uk"));
    }

    @Test
    void aNameOnTheLineBeforeIsNotGivenToAnAddressThatNamesSomeoneElse() {
        assertThat(PastedAddresses.read("Helen Marsh\ndavid.lee@northgate.co.uk"))
                .containsExactly(new Invitee("David Lee", "david.lee@northgate.co.uk"));
    }

    @Test
    void aNameIsReadOffTheAddressOnlyWhenItIsClearlyFirstDotLast() {
        assertThat(PastedAddresses.read("helen.marsh@x.no, anna@x.no, h.marsh@x.no, post@x.no, "
                + "anne-lise.berg@x.no, ola.nordmann2@x.no"))
                .extracting(Invitee::name).containsExactly("Helen Marsh", "", "", "", "Anne-Lise Berg", "");
    }

    @Test
    void theAddressRepeatedAsTheNameIsNoName() {
        assertThat(PastedAddresses.read("\"tor@nordlys.no\" <tor@nordlys.no>, 'Hanne Berg' <hanne@nordlys.no>"))
                .containsExactly(new Invitee("", "tor@nordlys.no"), new Invitee("Hanne Berg", "hanne@nordlys.no"));
    }

    @Test
    void theSamePersonTwiceIsOnePersonWithTheNameEitherTimeGave() {
        assertThat(PastedAddresses.read("anna@talentbridge.no\nAnna Holm <ANNA@talentbridge.no>"))
                .containsExactly(new Invitee("Anna Holm", "anna@talentbridge.no"));
    }

    @Test
    void aGroupGivesItsMembers() {
        assertThat(PastedAddresses.read("team: a@x.no, b@x.no;"))
                .extracting(Invitee::address).containsExactly("a@x.no", "b@x.no");
    }

    @Test
    void anEncodedLineBreakInANameNeitherBreaksTheNameNorAddsAnyone() {
        List<Invitee> found = PastedAddresses.read("\"=?utf-8?q?Ola=0D=0ABcc:_spy@evil.example?=\" <ola@x.no>");
        assertThat(found).containsExactly(new Invitee("", "ola@x.no"));
        assertThat(PastedAddresses.read("=?utf-8?q?Ola=0D=0ABcc:_spy@evil.example?=")).isEmpty();
    }

    @Test
    void textWithoutAnAddressFindsNoOne() {
        assertThat(PastedAddresses.read("Helen Marsh, David Lee\nthanks for today!")).isEmpty();
        assertThat(PastedAddresses.read("")).isEmpty();
        assertThat(PastedAddresses.read(null)).isEmpty();
    }

    @Test
    void namesKeepTheirLettersAndEmoji() {
        assertThat(PastedAddresses.read("Åse Ødegård 🎉 <ase@x.no>")).containsExactly(
                new Invitee("Åse Ødegård 🎉", "ase@x.no"));
    }

    @Test
    void readingBackAnInviteesLineGivesTheSameInvitee() {
        List<Invitee> people = List.of(new Invitee("David Lee", "david.lee@x.no"), new Invitee("", "anna@x.no"),
                new Invitee("Pat O'Brien", "pat@x.no"), new Invitee("Dr. Åse Ødegård", "ase@x.no"));
        for (Invitee invitee : people) {
            assertThat(PastedAddresses.read(invitee.asLine())).as(invitee.asLine()).containsExactly(invitee);
        }
    }

    @Test
    void tenThousandCharactersOfAddressesAreReadWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 10_000; i++) {
            text.append("Person ").append(i).append(" <p").append(i).append("@x.no>; ");
        }
        assertThat(PastedAddresses.read(text.toString())).hasSizeGreaterThan(300)
                .allSatisfy(i -> assertThat(EmailAddresses.isValid(i.address())).isTrue());
    }

    @Property(tries = 300)
    void nothingPastedThrowsOrGivesAnAddressTheOutputsWouldRefuse(@ForAll("pasted") String text) {
        assertThatCode(() -> PastedAddresses.read(text)).doesNotThrowAnyException();
        for (Invitee invitee : PastedAddresses.read(text)) {
            assertThat(EmailAddresses.isValid(invitee.address())).as(invitee.address()).isTrue();
            assertThat(invitee.name()).as("a name on one line").doesNotContain("\r", "\n", "@", "<", ">");
        }
    }

    @Provide
    Arbitrary<String> pasted() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Helen Marsh <helen.marsh@northgate.co.uk>", "\"Lee, David\" <david.lee@x.no>",
                        "anna@talentbridge.no", "team: a@x.no, b@x.no;", "=?utf-8?q?Ola=0D=0ABcc:_spy@evil.example?=",
                        "To:", "Kopi:", ";", ",", "\r\n", "\n", "<", ">", "\"", "(", ")", ":", "@", "😀", "ø",
                        "\u0000", "\u202e", "Bcc: spy@evil.example", "<<a@x.no>>", "a@@x.no", "a@x..no", "@x.no"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("<>\"(),;:@.\\ \r\nabcø😀").ofMaxLength(60));
        return pieces.list().ofMaxSize(40).map(list -> String.join(" ", list));
    }

    @Property(tries = 5)
    void tenThousandCharactersOfAnythingAreReadWithoutFailing(@ForAll("longText") String text) {
        assertThat(PastedAddresses.read(text)).allSatisfy(
                i -> assertThat(EmailAddresses.isValid(i.address())).isTrue());
    }

    @Provide
    Arbitrary<String> longText() {
        return Arbitraries.strings().withChars("<>\"(),;:@.\\ \r\nab😀").ofLength(10_000);
    }
}
