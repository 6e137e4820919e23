package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Employer;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample letter said "On Monday 30 November I will send you …, and on Wednesday 2 December … . I will call you
 * on Monday 30 November to book the panel": a date the reader has just read in full is its weekday the second time.
 */
class NextStepOnAPromisedDayTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(Language language, List<Evidence> promised, Step next) {
        Participant priya = new Participant("Priya Shah", "Head of Sales", null, "priya@harbour.example",
                Role.SPONSOR, true, null, null);
        Round round = Round.empty(DAY).withStage(Stage.SPONSOR).withParticipants(List.of(priya))
                .withEvidence(promised).withNextStep(next);
        Notes notes = new Notes(1, language, null, new Employer("Harbour Analytics", List.of(), null), null, null,
                List.of(round), null, null);
        return composer.compose(notes, 0, DAY).bodyText().replace('\u00a0', ' ');
    }

    private static Evidence due(EvidenceKind kind, String detail, LocalDate date) {
        return new Evidence(kind, detail, date, null, Extras.NONE);
    }

    @Test
    void aCallOnTheDayOfTheFirstOfTwoPromisesIsOnItsWeekday() {
        String text = letter(Language.EN, List.of(due(EvidenceKind.RESULTS, "quota attainment", MONDAY),
                        due(EvidenceKind.REFERENCES, "two references", WEDNESDAY)),
                Step.of("I will call you to book the panel", MONDAY, Owner.ME));
        assertThat(text).contains("On Monday 30 November").contains("I will call you on Monday to book the panel.")
                .containsOnlyOnce("30 November");
    }

    @Test
    void inNorwegianTheWeekdayStandsAloneToo() {
        String text = letter(Language.NB, List.of(due(EvidenceKind.RESULTS, "salgstall", MONDAY),
                        due(EvidenceKind.REFERENCES, "to referanser", WEDNESDAY)),
                Step.of("Jeg ringer deg for å avtale panelet", MONDAY, Owner.ME));
        assertThat(text).contains("Jeg ringer deg mandag for å avtale panelet.").containsOnlyOnce("30. november");
    }

    @Test
    void aWeekdayTwoPromisesShareKeepsItsDate() {
        LocalDate nextMonday = MONDAY.plusWeeks(1);
        String text = letter(Language.EN, List.of(due(EvidenceKind.RESULTS, "quota attainment", MONDAY),
                        due(EvidenceKind.REFERENCES, "two references", nextMonday)),
                Step.of("I will call you to book the panel", MONDAY, Owner.ME));
        assertThat(text).contains("I will call you on Monday 30 November to book the panel.");
    }

    @Test
    void aCallOnTheDayOfTheLastPromiseIsTheSameDay() {
        String text = letter(Language.EN, List.of(due(EvidenceKind.RESULTS, "quota attainment", MONDAY),
                        due(EvidenceKind.REFERENCES, "two references", WEDNESDAY)),
                Step.of("I will call you to book the panel", WEDNESDAY, Owner.ME));
        assertThat(text).contains("I will call you the same day to book the panel.");
    }
}
