package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
        "Per Olav Moe, Per Olav", "Jan Erik Dahl, Jan Erik", "Anne Marie Berg, Anne Marie", "Anne-Kari Brekke, Anne-Kari",
        "Ola Hansen, Ola", "Ola, Ola", "Sarah Mitchell, Sarah", "Per Moe, Per", "Lars Erik, Lars",
        "Bjørn Are Dahl, Bjørn Are", "Dr Fiona Gallagher, Fiona", "Dr. Kari Anne Moe, Kari Anne", "dr. Hansen, -",
        "Prof. Anne Lie, Anne", "Mr Reed, -", "Dr. Hansen, -", "P. O. Moe, -", "ola@x.example, -", "MOE, -", "KPMG Advisory, -", "'', -"})
    void theGivenNamesAreReadOffTheFullName(String name, String given) {
        assertThat(GivenNames.fromFullName(name)).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Emma Louise Barker, Emma", "Mary Kate Brindley, Mary Kate", "Sarah Jane Holroyd, Sarah Jane",
        "Dr Fiona Gallagher, Fiona", "Anne Marie Berg, Anne Marie", "Per Olav Moe, Per Olav", "Mark Thomas Reed, Mark"})
    void anEnglishLetterGreetsByTheFirstNameUnlessThePairIsOneName(String name, String given) {
        assertThat(GivenNames.fromFullName(name, Language.EN)).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0} in a {1} letter: {2}")
    @CsvSource({"Hans Petter, NB, true", "Per Olav, NB, true", "Anne Marie, NB, true", "Hans Petter Lie, NB, false",
        "Sarah Thomas, NB, false", "Ben Stein, EN, false", "Hans Petter, EN, false", "Ola Hansen, NB, false",
        "Dr. Hans Petter, NB, false", "Ingrid, NB, false"})
    void twoWordsAreOneDoubleGivenNameOnlyWhenTheSecondIsAGivenNameNoEnglishSurname(String name, Language language,
            boolean isDouble) {
        assertThat(GivenNames.isDoubleGivenName(name, language)).isEqualTo(isDouble);
    }

    @ParameterizedTest
    @CsvSource({"Per Olav Moe, Per", "Dr. Hansen, Kari"})
    void aGreetingNameInTheNotesWins(String name, String greeting) {
        Participant person = Participant.of(name, null, null, Role.SPONSOR).withGreetingName(greeting);
        assertThat(GivenNames.of(person)).isEqualTo(greeting);
    }
}
