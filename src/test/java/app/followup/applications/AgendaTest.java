package app.followup.applications;

import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.evidence;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.nudged;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.ApplicationState;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one application asks for on a given day; dates in November and December 2026 (1 December a Tuesday). */
class AgendaTest {

    private static DueItem mostUrgent(Notes notes, String today) {
        return new Agenda(LocalDate.parse(today)).mostUrgent(new Application(Path.of("x.followup.json"), notes));
    }

    private static void assertItem(DueItem item, What what, String due) {
        assertThat(item.what()).isEqualTo(what);
        assertThat(item.due()).isEqualTo(due == null ? null : LocalDate.parse(due));
    }

    @Test
    void fiveWorkingDaysSkipTheWeekend() {
        assertThat(WorkingDays.after(LocalDate.parse("2026-11-30"), 5)).hasToString("2026-12-07");
        assertThat(WorkingDays.after(LocalDate.parse("2026-11-27"), 1)).hasToString("2026-11-30");
        assertThat(WorkingDays.after(LocalDate.parse("2026-11-28"), 5)).hasToString("2026-12-04");
    }

    @Test
    void anUnsentLetterIsDueTheDayAfterTheInterview() {
        Notes notes = Samples.load(Samples.NORDLYS);
        assertItem(mostUrgent(notes, "2026-11-26"), What.LETTER_DUE, "2026-11-27");
    }

    @Test
    void myNextStepIsDueOnItsDateAndStaysWhenOverdue() {
        assertItem(mostUrgent(myStep(sent(), "2026-12-04"), "2026-12-01"), What.MY_STEP, "2026-12-04");
        assertItem(mostUrgent(myStep(sent(), "2026-12-04"), "2026-12-09"), What.MY_STEP, "2026-12-04");
    }

    @Test
    void anUpcomingMilestoneOfMineIsMyStepAndAPassedOneIsBehindMe() {
        Notes planned = Applications.change(sent(), round -> round.withStage(Stage.DECISION_MAKER).withMilestones(List.of(
                Step.of("Referansene sendt", LocalDate.parse("2026-11-30"), Owner.ME),
                Step.of("Casen presentert", LocalDate.parse("2026-12-08"), Owner.ME).withId("case"),
                Step.of("Beslutning", LocalDate.parse("2026-12-15"), Owner.EMPLOYER))));
        DueItem item = mostUrgent(planned, "2026-12-02");
        assertItem(item, What.MY_STEP, "2026-12-08");
        assertThat(item.key()).as("the id render --ics gives the milestone").isEqualTo("milestone|case");
        assertItem(mostUrgent(planned, "2026-12-09"), What.AWAITING_EMPLOYER, "2026-12-15");
    }

    @Test
    void undeliveredEvidenceIsDueOnItsDateAndDeliveredEvidenceIsNot() {
        Notes notes = myStep(evidence(evidence(sent(), "2026-11-30", "2026-11-29"), "2026-12-03", null), "2026-12-10");
        assertItem(mostUrgent(notes, "2026-12-01"), What.EVIDENCE_DUE, "2026-12-03");
    }

    @Test
    void theEmployersStepIsAwaitedUntilItsDatePasses() {
        Notes notes = employerStep(sent(), "2026-11-27");
        assertItem(mostUrgent(notes, "2026-11-27"), What.AWAITING_EMPLOYER, "2026-11-27");
        assertItem(mostUrgent(notes, "2026-11-28"), What.NUDGE_DUE, "2026-11-28");
        assertItem(mostUrgent(notes, "2026-12-03"), What.NUDGE_DUE, "2026-11-28");
    }

    @Test
    void afterANudgeTheNextIsDueFiveWorkingDaysLaterAndAfterTwoTheEmployerHasGoneQuiet() {
        Notes waiting = employerStep(sent(), "2026-11-27");
        // nudged on Monday 30 November: the next one is due Monday 7 December
        assertItem(mostUrgent(nudged(waiting, "2026-11-30"), "2026-12-01"), What.NUDGE_DUE, "2026-12-07");
        assertItem(mostUrgent(nudged(waiting, "2026-11-30"), "2026-12-08"), What.NUDGE_DUE, "2026-12-07");
        // nudged again on Thursday 10 December: gone quiet, closing the loop due Thursday 17 December
        assertItem(mostUrgent(nudged(waiting, "2026-11-30", "2026-12-10"), "2026-12-10"), What.GONE_QUIET,
                "2026-12-17");
    }

    @Test
    void aNudgeBeforeTheEmployersNewDateOrWithoutADateDoesNotCount() {
        Notes answered = nudged(employerStep(sent(), "2026-12-11"), "2026-11-30", null);
        assertItem(mostUrgent(answered, "2026-12-02"), What.AWAITING_EMPLOYER, "2026-12-11");
        assertItem(mostUrgent(answered, "2026-12-12"), What.NUDGE_DUE, "2026-12-12");
    }

    @Test
    void theDayANudgeProposesIsMyStepUntilItPassesThenTheCadenceGoesOn() {
        // nudged on Monday 30 November, proposing to call on Wednesday 2 December
        Notes notes = Applications.proposing(employerStep(sent(), "2026-11-27"), "2026-11-30", "2026-12-02");
        DueItem call = mostUrgent(notes, "2026-12-01");
        assertItem(call, What.MY_STEP, "2026-12-02");
        assertThat(call.detail()).isEqualTo("Ringe Ola og høre hvor saken står");
        assertThat(call.key()).endsWith("|nudge-1-proposed");
        assertItem(mostUrgent(notes, "2026-12-02"), What.MY_STEP, "2026-12-02");
        // the call is behind the candidate: the next nudge is due five working days after the first, as always
        assertItem(mostUrgent(notes, "2026-12-03"), What.NUDGE_DUE, "2026-12-07");
    }

    @Test
    void theSecondNudgesProposalComesBeforeGoingQuiet() {
        Notes notes = Applications.proposing(employerStep(sent(), "2026-11-27"),
                "2026-11-30", "2026-12-02", "2026-12-07", "2026-12-09");
        assertItem(mostUrgent(notes, "2026-12-08"), What.MY_STEP, "2026-12-09");
        assertItem(mostUrgent(notes, "2026-12-10"), What.GONE_QUIET, "2026-12-14");
    }

    @Test
    void aProposalMadeBeforeTheEmployersNewDateNoLongerCounts() {
        // nudged on 30 November proposing a call on 15 December; the employer then answered with 11 December
        Notes answered = employerStep(Applications.proposing(employerStep(sent(), "2026-11-27"),
                "2026-11-30", "2026-12-15"), "2026-12-11");
        assertItem(mostUrgent(answered, "2026-12-02"), What.AWAITING_EMPLOYER, "2026-12-11");
    }

    @Test
    void twoNudgesMakeItQuietEvenWhenTheNextStepIsMine() {
        Notes notes = nudged(myStep(sent(), "2026-12-20"), "2026-11-30", "2026-12-07");
        assertItem(mostUrgent(notes, "2026-12-08"), What.GONE_QUIET, "2026-12-14");
    }

    @Test
    void aNewRoundStartsTheCadenceAgain() {
        Notes quiet = nudged(employerStep(sent(), "2026-11-27"), "2026-11-30", "2026-12-07");
        Notes again = quiet.withNewRound(LocalDate.parse("2026-12-09"), Stage.DECISION_MAKER);
        assertItem(mostUrgent(again, "2026-12-09"), What.LETTER_DUE, "2026-12-10");
    }

    @Test
    void nothingPlannedIsTheDeathPositionWithoutADate() {
        assertItem(mostUrgent(sent(), "2026-12-01"), What.NO_NEXT_STEP, null);
        assertItem(mostUrgent(Samples.load(Samples.NORDLYS).withRounds(List.of()), "2026-12-01"),
                What.NO_NEXT_STEP, null);
    }

    @Test
    void aClosedApplicationAsksNothing() {
        Notes notes = Applications.closed(myStep(sent(), "2026-12-04"), ApplicationState.OFFER);
        assertItem(mostUrgent(notes, "2026-12-01"), What.CLOSED, null);
        assertThat(new Agenda(LocalDate.parse("2026-12-01"))
                .items(new Application(Path.of("x.followup.json"), notes))).hasSize(1);
    }

    @Test
    void onTheSameDayWhatIOweComesBeforeWhatIWaitFor() {
        Notes notes = employerStep(evidence(sent(), "2026-12-04", null), "2026-12-04");
        List<DueItem> items = new Agenda(LocalDate.parse("2026-12-01"))
                .items(new Application(Path.of("x.followup.json"), notes));
        assertThat(items).extracting(DueItem::what).containsExactly(What.EVIDENCE_DUE, What.AWAITING_EMPLOYER);
    }
}
