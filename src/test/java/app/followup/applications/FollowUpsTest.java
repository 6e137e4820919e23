package app.followup.applications;

import static app.followup.applications.Applications.closed;
import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.nudged;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.NudgeComposer.Kind;
import app.followup.model.ApplicationState;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Language;
import app.followup.model.Nudge;
import app.followup.model.Owner;
import app.followup.model.Step;
import app.followup.notes.NotesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which short letter the board and the checklist offer, day by day, and how a sent one is recorded. */
class FollowUpsTest {
    private static final Notes WAITING = employerStep(sent(), "2026-11-27");

    private static Object offered(Notes notes, String day) {
        return FollowUps.offered(notes, LocalDate.parse(day)).orElse(null);
    }

    @Test
    void aNudgeOnceTheEmployersDateHasPassedAndNotBefore() {
        assertThat(offered(WAITING, "2026-11-27")).isNull();
        assertThat(offered(WAITING, "2026-11-28")).isEqualTo(Kind.NUDGE);
        assertThat(offered(myStep(sent(), "2026-11-20"), "2026-12-02")).as("the candidate's own step").isNull();
        assertThat(offered(closed(WAITING, ApplicationState.REJECTED), "2026-12-02")).isNull();
    }

    @Test
    void noNudgeWhileTheLetterItWouldReferToIsNotMarkedSent() {
        Notes unsent = Applications.change(WAITING, round -> round.withLetter(null));
        assertThat(offered(unsent, "2026-12-02")).isNull();
        assertThat(offered(WAITING, "2026-12-02")).isEqualTo(Kind.NUDGE);
    }

    @Test
    void theSecondNudgeFiveWorkingDaysAfterTheFirstThenClosingTheLoopThenNothing() {
        Notes once = nudged(WAITING, "2026-11-30");
        assertThat(offered(once, "2026-12-04")).isNull();
        assertThat(offered(once, "2026-12-07")).isEqualTo(Kind.NUDGE);
        Notes twice = nudged(WAITING, "2026-11-30", "2026-12-07");
        assertThat(offered(twice, "2026-12-11")).isNull();
        assertThat(offered(twice, "2026-12-14")).isEqualTo(Kind.CLOSE_THE_LOOP);
        Notes loopClosed = nudged(WAITING, "2026-11-30", "2026-12-07", "2026-12-14");
        assertThat(offered(loopClosed, "2027-01-04")).as("only closing the application is left").isNull();
    }

    @Test
    void aSentNudgeIsAddedToTheLastRoundKeepingTheOthers() {
        Notes once = nudged(WAITING, "2026-11-30");
        Notes twice = FollowUps.withSent(once, new Nudge(LocalDate.parse("2026-12-07"), "Veien videre", "Hei Ola,",
                Extras.NONE));
        assertThat(twice.lastRound().nudges()).extracting(Nudge::sentOn)
                .containsExactly(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-07"));
        assertThat(twice.rounds()).hasSameSizeAs(once.rounds());
    }

    @Test
    void aNudgeProposesTheCallToThePersonWhoOwesTheAnswerInTheLettersLanguage() {
        LocalDate thursday = LocalDate.parse("2026-12-03");
        Step call = FollowUps.proposal(WAITING, Kind.NUDGE, thursday);
        assertThat(call).isEqualTo(Step.of("Ringe Ola og høre hvor saken står", thursday, Owner.ME));
        assertThat(FollowUps.proposal(WAITING.withLanguage(Language.EN), Kind.NUDGE, thursday).what())
                .isEqualTo("Call Ola to hear where things stand");
        Notes nobodyNamed = Applications.change(WAITING, round -> round.withNextStep(round.nextStep().withWho(null)));
        assertThat(FollowUps.proposal(nobodyNamed, Kind.NUDGE, thursday).what())
                .isEqualTo("Ringe og høre hvor saken står");
        assertThat(FollowUps.proposal(WAITING.withLanguage(Language.EN), Kind.CLOSE_THE_LOOP, thursday))
                .isEqualTo(Step.of("Close the application unless they have answered", thursday, Owner.ME));
        assertThat(FollowUps.proposal(WAITING, Kind.NUDGE, null)).as("no day, no step").isNull();
    }

    @Test
    void theProposedStepIsKeptInTheFile(@TempDir Path folder) throws Exception {
        Step call = FollowUps.proposal(WAITING, Kind.NUDGE, LocalDate.parse("2026-12-03"));
        Notes nudged = FollowUps.withSent(WAITING, new Nudge(LocalDate.parse("2026-12-01"), "Veien videre",
                "Hei Ola,", call, Extras.NONE));
        Path file = Applications.save(folder.resolve("a.followup.json"), nudged);
        assertThat(Files.readString(file)).contains("\"proposed\"");
        assertThat(new NotesFile().load(file).lastRound().nudges()).singleElement()
                .satisfies(sent -> assertThat(sent.proposed()).isEqualTo(call));
    }
}
