package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.DecisionProcess;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision step that names the one reader says "you" / "du" inside the sentence that joins the steps. */
class ReaderInStepTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private static String letter(Language language, List<Participant> people, String decider, String... steps) {
        Round round = Round.empty(DAY).withStage(Stage.DECISION_MAKER).withParticipants(people)
                .withDecisionProcess(new DecisionProcess(decider, List.of(steps), null));
        Notes notes = new Notes(1, language, null, null, null, null, List.of(round), null, null);
        return new LetterComposer(new TemplateLibrary(null)).compose(notes, 0, DAY).bodyText()
                .replace('\u00a0', ' ');
    }

    @Test
    void theReaderWhoRecommendsIsYouInMidSentence() {
        // was "James makes the final decision, after You recommend and tom (PeopleFirst) runs references."
        String text = letter(Language.EN, List.of(
                Participant.of("Rachel O'Neill", "Head of Sales", null, Role.SPONSOR).withAddressee(true),
                Participant.of("James Whitaker", "Managing Director", null, Role.DECISION_MAKER),
                Participant.of("Tom", null, null, Role.RECRUITER).withOrganisation("PeopleFirst")),
                "James Whitaker", "Rachel recommends", "Tom (PeopleFirst) runs references");
        assertThat(text).contains("after you recommend and Tom at PeopleFirst runs references.")
                .doesNotContain("You recommend");
    }

    @Test
    void theNorwegianReaderWhoRecommendsHasGivenTheirOwnRecommendation() {
        // was "Ingrid tar den endelige beslutningen etter at Du Petter har gitt sin anbefaling …"
        String text = letter(Language.NB, List.of(
                Participant.of("Hans Petter", "salgsdir.", null, Role.SPONSOR).withAddressee(true)
                        .withGreetingName("Hans Petter"),
                Participant.of("Ingrid", "adm. dir.", null, Role.DECISION_MAKER),
                Participant.of("Marte", null, null, Role.RECRUITER)),
                "Ingrid", "Hans Petter anbefaler", "Marte tar referansene");
        assertThat(text).contains("Ingrid tar den endelige beslutningen etter at du har gitt din anbefaling og Marte "
                + "har tatt referansene.").startsWith("Hei Hans Petter,");
    }
}
