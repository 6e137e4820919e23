package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.DecisionProcess;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSuggestionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void anEnglishPlanFollowsTheDecisionStepsAfterTheEvidenceAndEndsWithTheirOffer() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1);
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);
        assertThat(plan).extracting(s -> s.date() + " " + s.what() + " " + s.owner()).containsExactly(
                "2026-11-30 I will call you to book the panel ME",
                "2026-12-07 A panel interview with Daniel Okafor EMPLOYER",
                "2026-12-10 A business case presentation EMPLOYER",
                "2026-12-15 An offer EMPLOYER");
    }

    @Test
    void theMeetingJustHeldIsNotPlannedAgainAndTheDecisionIsAddedInNorwegian() {
        Notes notes = Samples.load(Samples.VESTLAND);
        Round round = notes.rounds().get(notes.rounds().size() - 1);
        List<Step> plan = PlanSuggestion.suggest(notes,
                round.withDecisionProcess(new DecisionProcess("Anders Vik", List.of("Møte med Anders Vik",
                        "Referansesjekk"), Extras.NONE)), TODAY);
        assertThat(plan).extracting(Step::what).containsExactly(
                "Referansesjekk", "Jeg ringer deg for å høre om planen gir ledergruppen det den trenger",
                "Beslutning om ansettelse");
        assertThat(plan.get(2).owner()).isEqualTo(Owner.EMPLOYER);
    }
}
