package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AffiliationTest {

    @Test
    void theAgentAtTheEndOfAStepGoesWithTheOrganisationTheyAreFrom() {
        assertThat(Affiliation.withoutAgent("Reference checks by Tom", "Tom")).isEqualTo("Reference checks");
        assertThat(Affiliation.withoutAgent("Reference calls via Tom Fletcher", "Tom Fletcher"))
                .isEqualTo("Reference calls");
        assertThat(Affiliation.withoutAgent("Reference checks by Tom at PeopleFirst Search", "Tom"))
                .isEqualTo("Reference checks");
        assertThat(Affiliation.withoutAgent("referansesjekk ved Marte i Rekruttpartner", "Marte"))
                .isEqualTo("referansesjekk");
    }

    @Test
    void anAgentInsideTheStepOrAnotherPersonStays() {
        assertThat(Affiliation.withoutAgent("references by Tom before the offer", "Tom"))
                .isEqualTo("references by Tom before the offer");
        assertThat(Affiliation.withoutAgent("Meeting with Tom", "Tom")).isEqualTo("Meeting with Tom");
        assertThat(Affiliation.withoutAgent("Reference checks by Tomas", "Tom")).isEqualTo("Reference checks by Tomas");
        assertThat(Affiliation.withoutAgent("Reference checks by Rachel", "Tom")).isEqualTo("Reference checks by Rachel");
    }

    @Test
    void theOrganisationAfterANameIsItsCapitalisedWordsAfterAtFromOrI() {
        Pattern person = Pattern.compile("^Tom" + Affiliation.AFTER_NAME + " takes them$");
        assertThat(person.matcher("Tom at PeopleFirst Search takes them").matches()).isTrue();
        assertThat(person.matcher("Tom takes them").matches()).isTrue();
        assertThat(person.matcher("Tom at the agency takes them").matches()).isFalse();
        assertThat(Pattern.compile("^Marte" + Affiliation.AFTER_NAME + " tar$").matcher("Marte i Rekruttpartner tar")
                .matches()).isTrue();
    }
}
