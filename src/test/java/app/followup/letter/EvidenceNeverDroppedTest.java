package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.DecisionProcess;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two testers promised a 90-day plan for Thursday 3 December, pressed *Suggest a plan*, and the plan vanished from
 * the letter: the suggestion had put the case's milestone on the same day, and a milestone on its day used to hold
 * any evidence.
 */
class EvidenceNeverDroppedTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private Notes notesWithSuggestedPlan() {
        return notesWithSuggestedPlan(EvidenceKind.OTHER);
    }

    private Notes notesWithSuggestedPlan(EvidenceKind planKind) {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1).withStage(Stage.DECISION_MAKER)
                .withDate(LocalDate.of(2026, 11, 28))
                .withParticipants(List.of(
                        Participant.of("Rachel O'Neill", "Head of Sales", "rachel@brightwave.example", Role.SPONSOR),
                        Participant.of("James Whitaker", "Managing Director", "james@brightwave.example",
                                Role.DECISION_MAKER)))
                .withDecisionProcess(new DecisionProcess("James Whitaker", List.of("Rachel recommends"),
                        Extras.NONE))
                .withEvidence(List.of(Evidence.of(EvidenceKind.REFERENCES, "two referees"),
                        Evidence.of(EvidenceKind.CASE, "a case of an account I won back"),
                        new Evidence(planKind, "90-day plan", LocalDate.of(2026, 12, 3), null,
                                Extras.NONE)));
        round = round.withMilestones(PlanSuggestion.suggest(notes, round, TODAY));
        return notes.withRound(notes.rounds().size() - 1, round);
    }

    @Test
    void aDatedPromiseStaysInTheLetterBesideTheSuggestedPlan() {
        Notes notes = notesWithSuggestedPlan();
        String text = composer.compose(notes, notes.rounds().size() - 1, TODAY).bodyText().replace('\u00a0', ' ');
        assertThat(text).contains("Thu 3 Dec – 90-day plan sent (me)").contains("account I won back")
                .contains("Names of two referees sent");
    }

    @Test
    void theSuggestionPutsUndatedEvidenceOnADayNoDatedPromiseTakes() {
        Notes notes = notesWithSuggestedPlan();
        Round round = notes.rounds().get(notes.rounds().size() - 1);
        assertThat(round.milestones()).filteredOn(m -> m.what().contains("account I won back"))
                .singleElement().satisfies(m -> assertThat(m.date()).isNotEqualTo(LocalDate.of(2026, 12, 3)));
    }

    /**
     * The second round's English tester chose "Case or plan" for both the 90-day plan and the account won back: the
     * suggested "Case of an account I won back prepared" held every case by the word "case", and the plan vanished.
     */
    @Test
    void aSecondPieceOfTheSameKindIsNotHeldByTheFirstOnesMilestone() {
        Notes notes = notesWithSuggestedPlan(EvidenceKind.CASE);
        String text = composer.compose(notes, notes.rounds().size() - 1, TODAY).bodyText().replace('\u00a0', ' ');
        assertThat(text).contains("Thu 3 Dec – 90-day plan sent (me)").contains("account I won back");
    }
}
