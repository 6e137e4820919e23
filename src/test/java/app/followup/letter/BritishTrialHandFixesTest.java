package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.DecisionProcess;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The hand fixes a British salesperson made to the letter in a trial (issue 11): a "they" that meant the account
 * team named just before it said to the reader as "you", an addressee spoken of in the third person ("so Rachel
 * cannot forecast"), "my presentation of my 90-day plan", and a plan row that sent the referees themselves.
 */
class BritishTrialHandFixesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final Participant RACHEL = Participant.of("Rachel O'Neill", "Head of Sales",
            "rachel@brightwave.example", Role.SPONSOR).withAddressee(true);
    private static final Participant JAMES = Participant.of("James Whitaker", "Managing Director",
            "james@brightwave.example", Role.DECISION_MAKER).withAddressee(true);
    private static final Participant HANNE = Participant.of("Hanne Solberg", "salgssjef", "hanne@firma.example",
            Role.SPONSOR).withAddressee(true);
    private static final Participant PER_OLAV = Participant.of("Per Olav Moe", "daglig leder",
            "per.olav@firma.example", Role.DECISION_MAKER).withAddressee(true);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(Language language, Stage stage, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(stage).withChallenge(language == Language.EN
                ? "hardly any spot customers sign up for contracted warehousing"
                : "nesten ingen spotkunder tegner lageravtale"));
        return composer.compose(new Notes(1, language, null, null, null, null, List.of(round), null, null), 0,
                DAY.plusDays(1)).bodyText().replace('\u00a0', ' ');
    }

    private String english(UnaryOperator<Round> notes) {
        return letter(Language.EN, Stage.SPONSOR, notes);
    }

    private String norwegian(UnaryOperator<Round> notes) {
        return letter(Language.NB, Stage.SPONSOR, notes);
    }

    @Test
    void aTheyAfterAGroupNamedInTheSameNoteIsTheGroupNotTheReader() {
        assertThat(english(r -> r.withCauses(List.of(
                "The account team is reactive: they quote what is asked for and move on"))))
                .contains("the account team is reactive: they quote what is asked for and move on")
                .doesNotContain("you quote");
        assertThat(english(r -> r.withCauses(List.of("The reps are stretched and they only quote on request"))))
                .contains("the reps are stretched and they only quote on request");
        assertThat(norwegian(r -> r.withCauses(List.of(
                "Kundeteamet er reaktivt: de gir pris på det de blir spurt om og går videre"))))
                .contains("kundeteamet er reaktivt: de gir pris på det de blir spurt om")
                .doesNotContain("dere gir pris");
    }

    @Test
    void aTheyAfterSomethingThatIsNoGroupOfPeopleIsStillTheEmployer() {
        assertThat(english(r -> r.withCauses(List.of(
                "The market is consolidating: they quote what is asked for and move on"))))
                .contains("the market is consolidating: you quote what is asked for and move on");
        assertThat(norwegian(r -> r.withCauses(List.of("Markedet konsoliderer, og de gir pris for sent"))))
                .contains("markedet konsoliderer, og dere gir pris for sent");
    }

    @Test
    void anAddresseeWhoIsTheSubjectOfACauseIsYouInAnEnglishLetterToTwo() {
        String text = english(r -> r.withParticipants(List.of(RACHEL, JAMES)).withCauses(List.of(
                "There is no real pipeline in the CRM, so Rachel cannot forecast",
                "Rachel's team has no time to prospect")));
        assertThat(text).contains("so you cannot forecast. Your team has no time to prospect")
                .doesNotContain("Rachel cannot", "Rachel's");
        // the verb agrees with "you"
        assertThat(english(r -> r.withParticipants(List.of(RACHEL, JAMES)).withCauses(List.of(
                "Nobody owns a client after the first shipment, so Rachel has no forecast"))))
                .contains("so you have no forecast");
    }

    @Test
    void anAddresseeStaysNamedWhereYouWouldMeanTwoPeopleOrNoOneForCertain() {
        // "you cannot forecast for you" would not say who is who
        assertThat(english(r -> r.withParticipants(List.of(RACHEL, JAMES)).withCauses(List.of(
                "The pipeline is thin, so Rachel cannot forecast for James"))))
                .contains("so Rachel cannot forecast for you").doesNotContain("you cannot forecast");
        // Norwegian "du" to two readers would not say which of them
        assertThat(letter(Language.NB, Stage.SPONSOR, r -> r.withParticipants(List.of(HANNE, PER_OLAV))
                .withCauses(List.of("Det er ingen pipeline i CRM, så Hanne kan ikke lage prognoser"))))
                .contains("så Hanne kan ikke lage prognoser");
        // and to one, it does
        assertThat(norwegian(r -> r.withParticipants(List.of(HANNE)).withCauses(List.of(
                "Det er ingen pipeline i CRM, så Hanne kan ikke lage prognoser"))))
                .contains("så du kan ikke lage prognoser");
    }

    @Test
    void theCandidatePresentingTheirOwnPlanGivesAPresentationOfIt() {
        String text = letter(Language.EN, Stage.DECISION_MAKER, r -> r.withParticipants(List.of(RACHEL, JAMES))
                .withDecisionProcess(new DecisionProcess("James Whitaker", List.of("Reference calls via Tom",
                        "I present my 90-day plan for the top 30 spot clients to Rachel and James"), Extras.NONE)));
        assertThat(text).contains("after reference calls via Tom and a presentation of my 90-day plan for the top 30 "
                + "spot clients to you both").doesNotContain("my presentation of my");
        // a plan whose owner is not said is still the candidate's
        assertThat(letter(Language.EN, Stage.DECISION_MAKER, r -> r.withParticipants(List.of(RACHEL, JAMES))
                .withDecisionProcess(new DecisionProcess("James Whitaker", List.of("Reference calls via Tom",
                        "I present a 90-day plan to Rachel"), Extras.NONE))))
                .contains("my presentation of a 90-day plan to Rachel");
        assertThat(SentenceStep.asMilestone("I present my 90-day plan to Rachel", Language.EN))
                .isEqualTo("presentation of my 90-day plan to Rachel");
    }

    @Test
    void aPlanRowForRefereesSendsTheirNames() {
        Evidence referees = new Evidence(EvidenceKind.REFERENCES, "Two referees, including my current sales director",
                DAY.plusDays(3), null, null);
        assertThat(letter(Language.EN, Stage.DECISION_MAKER, r -> r.withParticipants(List.of(RACHEL, JAMES))
                .withEvidence(List.of(referees))))
                .contains("Names of two referees sent, including my current sales director (me)")
                .doesNotContain("Two referees sent");
        // references that are documents, and names already typed, are sent as typed
        assertThat(letter(Language.EN, Stage.DECISION_MAKER, r -> r.withParticipants(List.of(RACHEL, JAMES))
                .withEvidence(List.of(referees.withDetail("Names and numbers of two referees"),
                        new Evidence(EvidenceKind.REFERENCES, "references from my last two managers",
                                DAY.plusDays(4), null, null)))))
                .contains("Names and numbers of two referees sent (me)",
                        "References from my last two managers sent (me)");
        // Norwegian "referanser" are both the people and what they say; the description follows "sendt"
        assertThat(letter(Language.NB, Stage.DECISION_MAKER, r -> r.withParticipants(List.of(HANNE, PER_OLAV))
                .withEvidence(List.of(referees.withDetail("To referanser, blant dem min nåværende salgsdirektør")))))
                .contains("To referanser sendt, blant dem min nåværende salgsdirektør (meg)");
    }
}
