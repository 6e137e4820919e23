package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.TestNotes;
import app.followup.letter.LetterComposer;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A next step that books a milestone the plan already dates earlier: named when certain, and only then. */
class NextStepAgainstPlanTest {
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 26);
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));
    private static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final LocalDate DEC_9 = LocalDate.of(2026, 12, 9);

    private static List<Advice> advice(Language language, Step next, List<Step> plan) {
        Notes notes = TestNotes.nordlys().lastRound(r -> r.withStage(Stage.DECISION_MAKER).withNextStep(next)
                .withMilestones(plan)).build();
        int last = notes.rounds().size() - 1;
        return new Advisor(language).check(notes, last, INTERVIEW, COMPOSER.compose(notes, last, INTERVIEW)).stream()
                .filter(a -> a.code() == AdviceCode.NEXT_STEP_AFTER_PLAN).toList();
    }

    private static List<Step> plan(String presentation, LocalDate on) {
        return List.of(Step.of("Names of two referees sent", INTERVIEW.plusDays(5), Owner.ME),
                Step.of(presentation, on, Owner.ME), Step.of("Decision and offer", LocalDate.of(2026, 12, 18),
                        Owner.EMPLOYER));
    }

    @Test
    void aCallToBookAPresentationThePlanHasAlreadyHeldIsNamedInTheLettersLanguage() {
        Step call = Step.of("I will call Rachel to book a slot for the plan presentation", DEC_3, Owner.ME);
        assertThat(advice(Language.EN, call, plan("Presentation of the 90-day plan to you both", DEC_2)))
                .singleElement().satisfies(a -> assertThat(a.line()).isEqualTo("WARN next-step-after-plan: The next "
                        + "step \"I will call Rachel to book a slot for the plan presentation\" is on 3 December, but "
                        + "the plan already has \"Presentation of the 90-day plan to you both\" on 2 December. Give "
                        + "the next step an earlier date, or move the milestone."));
        Step ringer = Step.of("Jeg ringer Hans Petter for å avtale når jeg kan presentere 90-dagersplanen", DEC_3,
                Owner.ME);
        assertThat(advice(Language.NB, ringer, plan("Presentasjon av 90-dagersplan for ledergruppen", DEC_2)))
                .singleElement().satisfies(a -> assertThat(a.line()).startsWith("WARN next-step-after-plan: Neste "
                        + "steg «Jeg ringer Hans Petter for å avtale når jeg kan presentere 90-dagersplanen» er "
                        + "3. desember, men planen har allerede «Presentasjon av 90-dagersplan for ledergruppen» "
                        + "2. desember."));
    }

    @Test
    void aCallBeforeOrOnTheDayOfTheMilestoneOrOneThatBooksNothingInThePlanIsLeftAlone() {
        Step call = Step.of("I will call Rachel to book a slot for the plan presentation", DEC_3, Owner.ME);
        assertThat(advice(Language.EN, call, plan("Presentation of the 90-day plan to you both", DEC_9))).isEmpty();
        assertThat(advice(Language.EN, call, plan("Presentation of the 90-day plan to you both", DEC_3)))
                .as("the same day may be the morning's call").isEmpty();
        assertThat(advice(Language.EN, Step.of("I will call you to hear whether the plan works", DEC_3, Owner.ME),
                plan("Presentation of the 90-day plan to you both", DEC_2))).as("arranges nothing").isEmpty();
        assertThat(advice(Language.EN, Step.of("I will call you to book the reference calls", DEC_3, Owner.ME),
                plan("Presentation of the 90-day plan to you both", DEC_2))).as("not in the plan").isEmpty();
        assertThat(advice(Language.EN, call, List.of(Step.of("Plan presentation to Rachel", DEC_2, Owner.ME),
                Step.of("Plan presentation to the board", LocalDate.of(2026, 12, 1), Owner.ME))))
                .as("two milestones could be meant").isEmpty();
        // the fuzz test's case: a step of punctuation only is no clause, and no crash
        assertThat(advice(Language.EN, Step.of("|", DEC_3, Owner.ME), plan("Presentation", DEC_2))).isEmpty();
        assertThat(advice(Language.EN, call, plan("…", DEC_2))).isEmpty();
    }

    @Test
    void aSponsorLetterShowsNoPlanSoItsMilestonesAreNotRead() {
        Step call = Step.of("I will call Rachel to book a slot for the plan presentation", DEC_3, Owner.ME);
        Notes notes = TestNotes.nordlys().lastRound(r -> r.withStage(Stage.SPONSOR).withNextStep(call)
                .withMilestones(plan("Presentation of the 90-day plan", DEC_2))).build();
        int last = notes.rounds().size() - 1;
        assertThat(new Advisor(Language.EN).check(notes, last, INTERVIEW, COMPOSER.compose(notes, last, INTERVIEW)))
                .noneMatch(a -> a.code() == AdviceCode.NEXT_STEP_AFTER_PLAN);
    }

    @Test
    void oneWordInTwoForms() {
        assertThat(NextStepAgainstPlan.sameWord("presentasjonen", "presentasjon")).isTrue();
        assertThat(NextStepAgainstPlan.sameWord("presentere", "presentasjon")).isTrue();
        assertThat(NextStepAgainstPlan.sameWord("present", "presentation")).isTrue();
        assertThat(NextStepAgainstPlan.sameWord("90-dagersplanen", "90-dagersplan")).isTrue();
        assertThat(NextStepAgainstPlan.sameWord("presentation", "prestige")).isFalse();
        assertThat(NextStepAgainstPlan.sameWord("reference", "review")).isFalse();
    }
}
