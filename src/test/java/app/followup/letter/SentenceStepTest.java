package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import org.junit.jupiter.api.Test;

/** Steps typed as sentences, as a British and a Norwegian tester typed them, said as steps. */
class SentenceStepTest {
    @Test
    void theCandidatesOwnStepLosesItsSubject() {
        assertThat(SentenceStep.asStep("I present a 90-day plan for the mid-market to Rachel and James", Language.EN))
                .isEqualTo("my presentation of a 90-day plan for the mid-market to Rachel and James");
        assertThat(SentenceStep.asStep("present 100-day plan to you", Language.EN))
                .isEqualTo("my presentation of the 100-day plan to you");
        assertThat(SentenceStep.asMilestone("Present a 30-60-90 day plan to Rachel and James", Language.EN))
                .isEqualTo("presentation of a 30-60-90 day plan to Rachel and James");
        assertThat(SentenceStep.asMilestone("James signs off the offer", Language.EN))
                .isEqualTo("offer signed off");
        assertThat(SentenceStep.asMilestone("we meet the sales team in Leeds", Language.EN))
                .isEqualTo("meeting the sales team in Leeds");
        assertThat(SentenceStep.asMilestone("I present a 90-day plan for the mid-market to you", Language.EN))
                .isEqualTo("presentation of a 90-day plan for the mid-market to you");
        assertThat(SentenceStep.asStep("jeg presenterer casen for Ingrid og Hans Petter", Language.NB))
                .isEqualTo("presentasjon av casen for Ingrid og Hans Petter");
        assertThat(SentenceStep.asStep("vi møter styreleder i Bergen", Language.NB))
                .isEqualTo("møte med styreleder i Bergen");
    }

    @Test
    void someoneReceivingSomethingIsTheThingReceived() {
        assertThat(SentenceStep.asStep("James gets sign-off on the headcount from the board", Language.EN))
                .isEqualTo("sign-off on the headcount from the board");
        assertThat(SentenceStep.asStep("Ingrid får godkjenning fra styret", Language.NB))
                .isEqualTo("godkjenning fra styret");
    }

    @Test
    void stepsItDoesNotKnowStayAsTyped() {
        assertThat(SentenceStep.asStep("reference checks via Tom", Language.EN)).isEqualTo("reference checks via Tom");
        assertThat(SentenceStep.asStep("I think the board decides", Language.EN))
                .isEqualTo("I think the board decides");
        assertThat(SentenceStep.asStep("Ingrid bestemmer seg før jul", Language.NB))
                .isEqualTo("Ingrid bestemmer seg før jul");
        assertThat(SentenceStep.asMilestone("Reference checks via Tom", Language.EN))
                .isEqualTo("Reference checks via Tom");
    }
}
