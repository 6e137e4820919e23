package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.DecisionProcess;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The British tester's decision round (21:10): steps typed as sentences ("I present …", "James gets sign-off …") came
 * out as "after reference checks via Tom, I present a 90-day plan … to you and You get sign-off …", and the plan
 * repeated them, with "Reference checks via Tom (Tom)".
 */
class SentencesAsStepsLetterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter() {
        Notes notes = Samples.load(Samples.HARBOUR);
        int last = notes.rounds().size() - 1;
        Round round = notes.rounds().get(last)
                .withStage(Stage.DECISION_MAKER)
                .withParticipants(List.of(
                        addressee(Participant.of("Rachel O'Neill", "Head of Sales", "rachel@brightwave.example",
                                Role.SPONSOR)),
                        addressee(Participant.of("James Whitaker", "Managing Director", "james@brightwave.example",
                                Role.DECISION_MAKER)),
                        Participant.of("Tom Fletcher", "Consultant", "tom@peoplefirst.example", Role.RECRUITER)))
                .withDecisionProcess(new DecisionProcess("James Whitaker", List.of("Reference checks via Tom",
                        "I present a 90-day plan for the mid-market to Rachel and James",
                        "James gets sign-off on the headcount from the board"), Extras.NONE))
                .withMilestones(List.of(
                        Step.of("Reference checks via Tom", TODAY.plusDays(10), Owner.EMPLOYER).withWho("Tom"),
                        Step.of("I present a 90-day plan for the mid-market to Rachel and James", TODAY.plusDays(13),
                                Owner.ME),
                        Step.of("James gets sign-off on the headcount from the board", TODAY.plusDays(18),
                                Owner.EMPLOYER).withWho("James Whitaker")));
        List<Round> rounds = new ArrayList<>(notes.rounds());
        rounds.set(last, round);
        return composer.compose(notes.withRounds(rounds), last, TODAY).bodyText().replace('\u00a0', ' ');
    }

    private static Participant addressee(Participant person) {
        return new Participant(person.name(), person.title(), null, person.email(), person.role(), true, null,
                Extras.NONE);
    }

    @Test
    void theStepsAreSaidAsStepsAndThePlanSaysEachOnce() {
        String letter = letter();
        assertThat(letter).contains("after reference checks via Tom, my presentation of a 90-day plan for the"
                + " mid-market to you both and sign-off on the headcount from the board.");
        assertThat(letter).doesNotContain("I present").doesNotContain("You get").doesNotContain("James gets");
        assertThat(letter).contains("Reference checks (Tom)").doesNotContain("via Tom (Tom)")
                .contains("Presentation of a 90-day plan for the mid-market to ")
                .contains("Sign-off on the headcount from the board (James)");
    }
}
