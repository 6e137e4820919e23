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
import app.followup.model.Nudge;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}
