package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.DecisionProcess;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSuggestionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Participant RACHEL =
            Participant.of("Rachel O'Neill", "Head of Sales", "rachel@brightwave.example", Role.SPONSOR);
    private static final Participant TOM =
            Participant.of("Tom Fletcher", "Consultant", "tom@peoplefirst.example", Role.RECRUITER);

    /** The Harbour sample's last round with these people and decision steps. */
    private static Round harbour(Notes notes, List<Participant> people, String... steps) {
        return notes.rounds().get(notes.rounds().size() - 1).withParticipants(people)
                .withDecisionProcess(new DecisionProcess("James Whitaker", List.of(steps), Extras.NONE));
    }

    /** A tester reworded "Rachel recommends" as "Rachel's recommendation", and the row went to the company. */
    @Test
    void aStepOpeningWithSomeonesPossessiveIsTheirs() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = harbour(notes, List.of(RACHEL, TOM.withOrganisation("PeopleFirst Search")), "Rachel's recommendation",
                "reference checks by Tom (PeopleFirst)");
        assertThat(PlanSuggestion.suggest(notes, round, TODAY)).extracting(s -> s.what() + " | " + s.who())
                .contains("Rachel's recommendation | Rachel O'Neill", "Reference checks | Tom Fletcher");
    }

    @Test
    void anEnglishPlanFollowsTheDecisionStepsAfterTheEvidenceAndEndsWithTheirOffer() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1);
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);
        assertThat(plan).extracting(s -> s.date() + " " + s.what() + " " + s.owner()).containsExactly(
                "2026-12-07 A panel interview with Daniel Okafor EMPLOYER",
                "2026-12-10 A business case presentation ME",
                "2026-12-15 An offer EMPLOYER");
    }

    /**
     * The English tester's plan: "Reference checks via Tom" owned by the company, not the recruiter Tom; "present a
     * 30-60-90 day plan" owned by the company, not the candidate who presents it; "James signs off the offer" a
     * row naming the decision maker in the third person.
     */
    @Test
    void theRecruiterOwnsTheReferenceCheckIPresentAndTheDecisionIsAPlanRow() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = harbour(notes, List.of(RACHEL, Participant.of("James Whitaker", "Managing Director",
                        "james@brightwave.example", Role.DECISION_MAKER), TOM),
                "Reference checks via Tom", "present a 30-60-90 day plan to Rachel and James",
                "James signs off the offer");
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);
        assertThat(plan).extracting(s -> s.what() + " " + s.owner() + " " + s.who()).containsExactly(
                "Reference checks EMPLOYER Tom Fletcher",
                "Present a 30-60-90 day plan to Rachel and James ME null",
                "Hiring decision EMPLOYER null");
    }

    /**
     * The Norwegian tester's last step was the decision, with a date: "Ingrid bestemmer før jul, helst innen fredag
     * 18. desember". The suggestion kept it as a milestone on 22 December and added a second decision in January.
     */
    @Test
    void aDecisionTypedWithItsDateIsTheDecisionOnThatDay() {
        Notes notes = Samples.load(Samples.VESTLAND);
        Round round = notes.rounds().get(notes.rounds().size() - 1)
                .withParticipants(List.of(
                        Participant.of("Hans Petter Lunde", "salgsdirektør", "hp@fjordkraft.example", Role.SPONSOR),
                        Participant.of("Ingrid Aas", "administrerende direktør", "ingrid@fjordkraft.example",
                                Role.DECISION_MAKER),
                        Participant.of("Marte Solberg", "seniorrådgiver", "marte@rekrutt.example", Role.RECRUITER)))
                .withDecisionProcess(new DecisionProcess("Ingrid Aas", List.of("Referansesjekk via Marte",
                        "presentasjon av 90-dagersplan for Hans Petter og Ingrid",
                        "Ingrid bestemmer før jul, helst innen fredag 18. desember"), Extras.NONE));
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);
        assertThat(plan).filteredOn(s -> s.what().startsWith("Beslutning")).singleElement()
                .extracting(Step::date).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(plan.get(plan.size() - 1).what()).isEqualTo("Beslutning om ansettelse");
        assertThat(plan).filteredOn(s -> s.what().startsWith("Referansesjekk")).singleElement()
                .extracting(Step::who).isEqualTo("Marte Solberg");
        assertThat(plan).filteredOn(s -> s.what().startsWith("Presentasjon")).singleElement()
                .extracting(Step::owner).isEqualTo(Owner.ME);
    }

    @Test
    void theMeetingJustHeldIsNotPlannedAgainAndTheDecisionIsAddedInNorwegian() {
        Notes notes = Samples.load(Samples.VESTLAND);
        Round round = notes.rounds().get(notes.rounds().size() - 1);
        List<Step> plan = PlanSuggestion.suggest(notes,
                round.withDecisionProcess(new DecisionProcess("Anders Vik", List.of("Møte med Anders Vik",
                        "Referansesjekk"), Extras.NONE)), TODAY);
        assertThat(plan).extracting(Step::what).containsExactly(
                "Referansesjekk", "Beslutning om ansettelse");
        assertThat(plan.get(1).owner()).isEqualTo(Owner.EMPLOYER);
    }

    /**
     * A new user's suggested plan had "Jeg ringer deg for å avtale…" as a row, the references and the case on one
     * day, and the case "klar".
     */
    @Test
    void undatedEvidenceIsSpreadTheCaseIsSentAndTheNextStepSentenceIsNoRow() {
        Notes notes = Samples.load(Samples.VESTLAND);
        Round round = notes.rounds().get(notes.rounds().size() - 1)
                .withEvidence(List.of(Evidence.of(EvidenceKind.REFERENCES, "to referanser fra forrige arbeidsgiver"),
                        Evidence.of(EvidenceKind.CASE, "en 90-dagersplan for de tre kjedene")))
                .withNextStep(Step.of("Jeg ringer deg for å avtale tidspunkt for casepresentasjonen",
                        LocalDate.of(2026, 12, 2), Owner.ME));
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);

        assertThat(plan).extracting(Step::what).noneMatch(what -> what.startsWith("Jeg "));
        Step references = plan.stream().filter(s -> s.what().startsWith("To referanser")).findFirst().orElseThrow();
        Step theCase = plan.stream().filter(s -> s.what().startsWith("90-dagersplan")).findFirst().orElseThrow();
        assertThat(theCase.what()).isEqualTo("90-dagersplan for de tre kjedene sendt");
        assertThat(theCase.date()).as("not the references' day").isAfter(references.date());
    }

    /**
     * A tester's decision steps ended with "Board sign-off of the new headcount" and the suggestion proposed no
     * decision: an approval is a step before the decision, so the plan still ends in the decision, in either
     * language. The employer's steps follow the agreed next step, the call that books the first of them.
     */
    @Test
    void aBoardSignOffIsNotTheDecisionAndTheStepsFollowTheNextStep() {
        Notes notes = Samples.load(java.nio.file.Path.of(
                "src/test/resources/corpus/en-decision-maker-steps-name-addressee.followup.json"));
        Round round = notes.rounds().get(0).withMilestones(List.of())
                .withNextStep(Step.of("I will call Sarah to book a time for presenting my 90-day plan",
                        LocalDate.of(2026, 12, 10), Owner.ME));
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);
        assertThat(plan.get(plan.size() - 1).what()).isEqualTo("Hiring decision");
        assertThat(plan.get(plan.size() - 1).date()).as("not in the Christmas week")
                .isAfter(LocalDate.of(2027, 1, 1));
        assertThat(plan).filteredOn(s -> s.what().startsWith("Board sign-off")).singleElement()
                .satisfies(s -> assertThat(s.date()).isBefore(plan.get(plan.size() - 1).date()));
        assertThat(plan).filteredOn(s -> s.owner() == Owner.EMPLOYER)
                .allSatisfy(s -> assertThat(s.date()).isAfter(LocalDate.of(2026, 12, 10)));

        Notes norwegian = Samples.load(java.nio.file.Path.of(
                "src/test/resources/corpus/nb-decision-maker-steps-name-addressee.followup.json"));
        List<Step> nbPlan = PlanSuggestion.suggest(norwegian, norwegian.rounds().get(0).withMilestones(List.of()),
                TODAY);
        assertThat(nbPlan.get(nbPlan.size() - 1).what()).isEqualTo("Beslutning om ansettelse");
    }

    /** The suggestion and the letter's table word a written case alike: sent. */
    @Test
    void aWrittenCaseIsSentInTheSuggestionAsInTheLetter() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1)
                .withEvidence(List.of(Evidence.of(EvidenceKind.CASE, "a written 90-day plan for the North region"),
                        Evidence.of(EvidenceKind.CASE, "a case presentation for the sales leadership")));
        List<Step> plan = PlanSuggestion.suggest(notes, round, TODAY);
        assertThat(plan).extracting(Step::what).contains("Written 90-day plan for the North region sent",
                "Case presentation for the sales leadership prepared");
    }

    /** "Presentation of my 90-day plan to you — Brightwave Logistics": the candidate's own step, owned by the company. */
    @Test
    void aStepOfTheProcessThatIsTheCandidatesOwnWorkIsTheirs() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1);
        List<Step> plan = PlanSuggestion.suggest(notes, round.withDecisionProcess(new DecisionProcess(null,
                List.of("Reference calls", "Presentation of my 90-day plan", "Board approval"), Extras.NONE)), TODAY);
        assertThat(plan).extracting(s -> s.what() + " " + s.owner()).contains("Reference calls EMPLOYER",
                "Presentation of my 90-day plan ME", "Board approval EMPLOYER");
    }

    /** "Two references, from my current and previous sales managers sent": a tester fixed it by hand. */
    @Test
    void theDoneWordFollowsTheThingNotItsDescription() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1).withEvidence(List.of(Evidence.of(
                EvidenceKind.REFERENCES, "two references, from my current and previous sales managers")));
        assertThat(PlanSuggestion.suggest(notes, round, TODAY)).extracting(Step::what)
                .contains("Two references sent, from my current and previous sales managers");
    }

    /**
     * The British tester's evidence, as typed: "my two referees' names" became "Names of two referees' names sent",
     * "an onboarding plan I've used before" became "Onboarding plan I've used before sent", and "reference checks
     * by Tom" a row with Tom in it twice.
     */
    @Test
    void milestonesReadAsATesterWouldWriteThem() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = notes.rounds().get(notes.rounds().size() - 1)
                .withParticipants(List.of(
                        Participant.of("Rachel O'Neill", "Head of Sales", "rachel@brightwave.example", Role.SPONSOR),
                        Participant.of("Tom Fletcher", "Consultant", "tom@peoplefirst.example", Role.RECRUITER)))
                .withEvidence(List.of(Evidence.of(EvidenceKind.REFERENCES, "my two referees' names"),
                        Evidence.of(EvidenceKind.OTHER, "an onboarding plan I've used before"),
                        // "Case of an account I won back, prepared" read as a form: the tester renamed the row
                        Evidence.of(EvidenceKind.CASE, "a case of an account I won back")))
                .withDecisionProcess(new DecisionProcess("James Whitaker", List.of("reference checks by Tom",
                        "a call by Tom before the panel", "referansesjekk ved Tom i PeopleFirst",
                        "referansesjekk hos Tom", "Referansesjekk (Tom)"), Extras.NONE));
        assertThat(PlanSuggestion.suggest(notes, round, TODAY)).extracting(s -> s.what() + " | " + s.who())
                .startsWith("Names of two referees sent | null", "Onboarding plan sent | null",
                        "Case of an account I won back, ready to present | null",
                        "Reference checks | Tom Fletcher", "A call by Tom before the panel | Tom Fletcher",
                        "Referansesjekk | Tom Fletcher", "Referansesjekk | Tom Fletcher",
                        "Referansesjekk | Tom Fletcher");
    }

    /**
     * Three testers rewrote a suggested row that named its owner twice ("Marte tar referansene | Marte"), and two
     * more the task it then became ("Ta referansene"): the row says what is done.
     */
    @Test
    void aStepWithItsOwnerAsSubjectIsWhatTheyHaveDone() {
        Notes notes = Samples.load(Samples.HARBOUR);
        Round round = harbour(notes, List.of(RACHEL, TOM.withOrganisation("PeopleFirst Search")),
                "Tom (PeopleFirst) takes up references", "Rachel recommends", "Tom runs references before the panel")
                .withEvidence(List.of());
        assertThat(PlanSuggestion.suggest(notes, round, TODAY)).extracting(s -> s.what() + " | " + s.who())
                .startsWith("Reference checks | Tom Fletcher", "Recommendation to James | Rachel O'Neill",
                        "Tom runs references before the panel | Tom Fletcher");
    }

    @Test
    void aNorwegianStepWithItsOwnerAsSubjectIsWhatTheyHaveDone() {
        Notes notes = Samples.load(Samples.VESTLAND);
        Round round = notes.rounds().get(notes.rounds().size() - 1)
                .withParticipants(List.of(
                        Participant.of("Marte Solberg", "seniorrådgiver", "marte@rekrutt.example", Role.RECRUITER),
                        Participant.of("Hans Petter Lunde", "salgsdirektør", "hp@fjordkraft.example", Role.SPONSOR)))
                .withEvidence(List.of())
                .withDecisionProcess(new DecisionProcess("Ingrid Aas", List.of("Marte tar referansene",
                        "Hans Petter anbefaler", "referansesjekk, Marte ringer dem", "referanser - Marte tar dem"),
                        Extras.NONE));
        assertThat(PlanSuggestion.suggest(notes, round, TODAY)).extracting(s -> s.what() + " | " + s.who())
                .startsWith("Referansesjekk | Marte Solberg", "Anbefaling til Ingrid | Hans Petter Lunde",
                        "Referansesjekk | Marte Solberg", "Referanser | Marte Solberg");
    }
}
