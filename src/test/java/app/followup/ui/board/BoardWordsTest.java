package app.followup.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.applications.What;
import app.followup.model.ApplicationState;
import app.followup.model.Stage;
import app.followup.ui.common.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the board's "What is due" column says for every kind of item, in both languages. */
class BoardWordsTest {
    private static final LocalDate DUE = LocalDate.of(2026, 12, 3);

    private static BoardRow row(What what, String detail) {
        return new BoardRow(Path.of("a.followup.json"), "Nordlys AS", "Key account manager", 1, Stage.SPONSOR,
                LocalDate.of(2026, 11, 26), what, detail, DUE,
                what == What.CLOSED ? ApplicationState.REJECTED : ApplicationState.ACTIVE, BoardRow.Timing.LATER,
                null);
    }

    private static String what(I18n i18n, What what, String detail) {
        return new BoardWords(i18n).what(row(what, detail));
    }

    @Test
    void theCandidatesOwnStepSaysWhichStepInBothLanguages() {
        assertThat(what(new I18n(I18n.ENGLISH), What.MY_STEP, "send the references"))
                .isEqualTo("Your next step: send the references");
        assertThat(what(new I18n(I18n.NORWEGIAN), What.MY_STEP, "sende referansene"))
                .isEqualTo("Ditt neste steg: sende referansene");
    }

    @Test
    void evidenceTheEmployersStepAndANudgeNameWhatTheyAreAbout() {
        I18n english = new I18n(I18n.ENGLISH);
        assertThat(what(english, What.EVIDENCE_DUE, "two references")).isEqualTo("Promised: two references");
        assertThat(what(english, What.AWAITING_EMPLOYER, "Ola calls about the second round"))
                .isEqualTo("Waiting for them: Ola calls about the second round");
        assertThat(what(english, What.NUDGE_DUE, "Ola calls about the second round"))
                .isEqualTo("Time to follow up: Ola calls about the second round");
        I18n norwegian = new I18n(I18n.NORWEGIAN);
        assertThat(what(norwegian, What.EVIDENCE_DUE, "to referanser")).isEqualTo("Lovet: to referanser");
        assertThat(what(norwegian, What.AWAITING_EMPLOYER, "Ola ringer om andre runde"))
                .isEqualTo("Venter på dem: Ola ringer om andre runde");
        assertThat(what(norwegian, What.NUDGE_DUE, "Ola ringer om andre runde"))
                .isEqualTo("Tid for å følge opp: Ola ringer om andre runde");
    }

    @Test
    void withoutWordsInTheNotesTheKindAloneIsShown() {
        I18n english = new I18n(I18n.ENGLISH);
        assertThat(what(english, What.MY_STEP, null)).isEqualTo("Your next step");
        assertThat(what(english, What.EVIDENCE_DUE, null)).isEqualTo("Send what you promised");
        assertThat(what(english, What.AWAITING_EMPLOYER, null)).isEqualTo("Waiting for the employer");
    }

    @Test
    void theLetterTheLoopTheDeathPositionAndAClosedApplicationSayItAllAlone() {
        I18n english = new I18n(I18n.ENGLISH);
        assertThat(what(english, What.LETTER_DUE, "ignored")).isEqualTo("Send the follow-up letter");
        assertThat(what(english, What.GONE_QUIET, "Ola calls")).isEqualTo("Gone quiet – close the loop");
        assertThat(what(english, What.NO_NEXT_STEP, null)).isEqualTo("No next step – plan one");
        assertThat(what(english, What.CLOSED, null)).isEqualTo("Closed");
        I18n norwegian = new I18n(I18n.NORWEGIAN);
        assertThat(what(norwegian, What.NO_NEXT_STEP, null)).isEqualTo("Ingen neste steg – legg en plan");
    }

    @Test
    void aDetailWithAnApostropheOrBracesIsShownAsWritten() {
        assertThat(what(new I18n(I18n.ENGLISH), What.MY_STEP, "call Ola's boss {Kari}"))
                .isEqualTo("Your next step: call Ola's boss {Kari}");
    }
}
