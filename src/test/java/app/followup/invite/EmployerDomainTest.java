package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which side of an invitation is the employer's, and its name as the domain spells it. */
class EmployerDomainTest {
    @Test
    void aDomainReadsAsTheOrganisationsName() {
        assertThat(EmployerDomain.readable("brightwave-logistics.co.uk")).isEqualTo("Brightwave Logistics");
        assertThat(EmployerDomain.readable("mail.fjordkraft-solutions.no")).isEqualTo("Fjordkraft Solutions");
        assertThat(EmployerDomain.readable("dnb.no")).isEqualTo("DNB");
        assertThat(EmployerDomain.readable("northgate.com")).isEqualTo("Northgate");
    }

    @Test
    void theOrganisationsNameMatchesItsDomainWhateverItsSpelling() {
        assertThat(EmployerDomain.names("Brightwave Logistics", "brightwave-logistics.co.uk")).isTrue();
        assertThat(EmployerDomain.names("Fjordkraft Solutions AS", "fjordkraft-solutions.no")).isTrue();
        assertThat(EmployerDomain.names("Nordlys Løsninger", "nordlys-losninger.no")).isTrue();
        assertThat(EmployerDomain.names("2 Canal Street", "brightwave-logistics.co.uk")).isFalse();
    }

    @Test
    void theRecruitersAgencyFreeMailAndTheCandidateAreNeverTheEmployer() {
        List<Invitee> people = List.of(new Invitee("Tom", "tom@peoplefirst-search.co.uk"),
                new Invitee("Kim", "kim@peoplefirst-search.co.uk"), new Invitee("Me", "me@gmail.com"),
                new Invitee("Self", "self@smith.name"), new Invitee("Rachel", "rachel@brightwave.co.uk"));
        assertThat(EmployerDomain.of(people, "self@smith.name", "")).contains("brightwave.co.uk");
    }

    @Test
    void aTieIsNoAnswerUnlessThePlaceNamesOne() {
        List<Invitee> people = List.of(new Invitee("A", "a@northgate.co.uk"), new Invitee("B", "b@harbour.com"));
        assertThat(EmployerDomain.of(people, null, "")).isEmpty();
        assertThat(EmployerDomain.of(people, null, "Harbour, 1 Quay Road")).contains("harbour.com");
    }
}
