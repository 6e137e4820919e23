package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "a final interview with you and Helen Marsh, Finance Director and board sign-off" read as if Helen were the
 * board sign-off too: a title after a name is closed by a comma before the list's last item.
 */
class AppositionTest {
    @Test
    void aTitleAfterANameIsClosedBeforeTheLastItemInBothLanguages() {
        assertThat(new LetterWords(Language.EN).join(List.of("reference calls",
                "a final interview with you and Helen Marsh, Finance Director", "board sign-off")))
                .isEqualTo("reference calls, a final interview with you and Helen Marsh, Finance Director, and "
                        + "board sign-off");
        assertThat(new LetterWords(Language.NB).join(List.of("referansesamtaler",
                "sluttintervju med deg og Helen Marsh, finansdirektør", "styrets godkjenning")))
                .isEqualTo("referansesamtaler, sluttintervju med deg og Helen Marsh, finansdirektør, og "
                        + "styrets godkjenning");
    }

    @Test
    void aListWithoutATitleKeepsItsPlainJoin() {
        assertThat(new LetterWords(Language.NB).join(List.of("referansesjekk", "en casepresentasjon",
                "et intervju med Trond Vikre"))).isEqualTo("referansesjekk, en casepresentasjon og et intervju med "
                + "Trond Vikre");
        assertThat(new LetterWords(Language.EN).join(List.of("a test, then a case", "an offer")))
                .isEqualTo("a test, then a case and an offer");
    }

    @Test
    void thePlanRowDropsATitleTheSentenceAlreadyGave() {
        String sentence = "reference calls, a final interview with you and Helen Marsh, Finance Director, and board"
                + " sign-off";
        assertThat(Apposition.withoutRepeatedTitle("Final interview with David and Helen Marsh, Finance Director",
                sentence)).isEqualTo("Final interview with David and Helen Marsh");
        assertThat(Apposition.withoutRepeatedTitle("Interview with Tom Hale, Chief Executive", sentence))
                .as("not introduced yet: the row introduces him").isEqualTo("Interview with Tom Hale, Chief Executive");
    }
}
