package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.DecisionProcess;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Step;
import org.junit.jupiter.api.Test;

/**
 * The employer's steps of the plan, named one way: the person the notes say owns it, the decision maker for the
 * decision, otherwise the company. A tester found the same column saying "Nordlys" on one row and a person on the
 * next for no reason the notes gave.
 */
class PlanOwnerTest {
    private final Notes vestland = Samples.load(Samples.VESTLAND);
    private final Round decisionRound = vestland.rounds().get(1);

    private String owner(Round round, String what) {
        return PlanOwner.employerSide(vestland, round, Step.of(what, null, Owner.EMPLOYER));
    }

    @Test
    void theDecisionIsTheDecisionMakersByGivenName() {
        assertThat(owner(decisionRound, "Beslutning og tilbud")).isEqualTo("Anders");
    }

    @Test
    void aStepWithoutAPersonInTheNotesIsTheCompanys() {
        assertThat(owner(decisionRound, "Referansesjekk gjennomført")).isEqualTo("Vestland Energi");
    }

    @Test
    void aStepTheNotesGiveToSomeoneIsTheirs() {
        Step promised = Step.of("Referansesjekk gjennomført", null, Owner.EMPLOYER).withWho("Marte Solberg");
        assertThat(PlanOwner.employerSide(vestland, decisionRound, promised)).isEqualTo("Marte");
    }

    @Test
    void withoutADecisionMakerInTheNotesTheDecisionIsTheCompanysNotTheAddressees() {
        Round noDecider = decisionRound.withDecisionProcess(DecisionProcess.EMPTY);
        assertThat(owner(noDecider, "Beslutning og tilbud")).isEqualTo("Vestland Energi");
    }
}
