package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Participant;
import app.followup.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A British tester rewrote "Tom (PeopleFirst) runs references" as "Tom at PeopleFirst checks my references". */
class AffiliationInBracketsTest {
    private final List<Participant> people = List.of(
            Participant.of("Tom Fletcher", "Senior Consultant", "tom@peoplefirst.example", Role.RECRUITER)
                    .withOrganisation("PeopleFirst Search"),
            Participant.of("Marte Solberg", "seniorrådgiver", "marte@rekrutt.example", Role.RECRUITER)
                    .withOrganisation("Rekruttpartner AS"));

    @Test
    void aPersonWithTheirCompanyInBracketsIsSaidAtTheCompany() {
        assertThat(AffiliationInBrackets.said("Tom (PeopleFirst) runs references", people, "at"))
                .isEqualTo("Tom at PeopleFirst runs references");
        assertThat(AffiliationInBrackets.said("referansesjekk ved Marte Solberg (Rekruttpartner)", people, "fra"))
                .isEqualTo("referansesjekk ved Marte Solberg fra Rekruttpartner");
    }

    /** A Norwegian tester's "Referansesjekk (Marte)" came into the decision sentence and the plan as typed. */
    @Test
    void aStepWithWhoDoesItInBracketsIsTheStepViaThem() {
        assertThat(AffiliationInBrackets.withAgent("Referansesjekk (Marte)", people))
                .isEqualTo("Referansesjekk via Marte");
        assertThat(AffiliationInBrackets.withAgent("reference checks (Tom Fletcher)", people))
                .isEqualTo("reference checks via Tom Fletcher");
        assertThat(AffiliationInBrackets.withAgent("Referansesjekk (Kari)", people)).as("no one who took part")
                .isEqualTo("Referansesjekk (Kari)");
        assertThat(AffiliationInBrackets.withAgent("Referansesjekk (to stykker)", people))
                .isEqualTo("Referansesjekk (to stykker)");
    }

    @Test
    void otherBracketsStayAsTyped() {
        assertThat(AffiliationInBrackets.said("Tom (maybe) runs references", people, "at"))
                .isEqualTo("Tom (maybe) runs references");
        assertThat(AffiliationInBrackets.said("James (MD) decides", people, "at")).isEqualTo("James (MD) decides");
        assertThat(AffiliationInBrackets.said("Rachel (PeopleFirst) recommends", people, "at"))
                .as("not hers").isEqualTo("Rachel (PeopleFirst) recommends");
    }
}
