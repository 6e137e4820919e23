package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One promise, one date: the evidence, the next step and the plan never give one deliverable two dates. */
class DeliverableDatesTest {
    private static final LocalDate MON_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUE_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate WED_2 = LocalDate.of(2026, 12, 2);
    private static final LocalDate THU_3 = LocalDate.of(2026, 12, 3);
    private static final Evidence REFERENCES = new Evidence(EvidenceKind.REFERENCES,
            "To referanser fra tidligere salgssjefer", TUE_1, null, Extras.NONE);

    private static List<Advice> advice(Notes notes, int round, Language language) {
        LocalDate today = notes.rounds().get(round).date();
        return new Advisor(language, letter -> OptionalInt.empty()).check(notes, round, today,
                LetterComposer.standard().compose(notes, round, today));
    }

    private static List<Advice> conflicts(Path sample, int round, UnaryOperator<Round> change) {
        Notes notes = Samples.load(sample);
        Notes changed = notes.withRound(round, change.apply(notes.rounds().get(round)));
        return advice(changed, round, changed.languageOrDefault()).stream()
                .filter(a -> a.code().key().equals("evidence-date-conflict")).toList();
    }

    private static List<Advice> nordlys(UnaryOperator<Round> change) {
        return conflicts(Samples.NORDLYS, 0, change);
    }

    private static Step mine(String what, LocalDate date) {
        return Step.of(what, date, Owner.ME);
    }

    @Test
    void theNextStepSendsTheReferencesOnAnotherDayThanPromised() {
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(mine("Jeg sender referansene og ringer deg", WED_2)))).singleElement()
                .satisfies(a -> {
                    assertThat(a.level()).isEqualTo(Level.WARN);
                    assertThat(a.message()).isEqualTo("«To referanser fra tidligere salgssjefer» er lovet på to "
                            + "datoer: 1. desember (bevisene) og 2. desember (neste steg). Gi det én dato.");
                });
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(mine("Jeg sender referansene og ringer deg", TUE_1)))).as("the same day").isEmpty();
    }

    @Test
    void aStepThatDeliversSomethingElseOrNothingIsNoConflict() {
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(mine("Jeg ringer deg for å avtale møtet med Lise Moe", WED_2)))).isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(mine("Jeg ringer referansene mine og forbereder dem", WED_2))))
                .as("no delivery").isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(Step.of("Dere sender referansene videre til Lise", WED_2, Owner.EMPLOYER))))
                .as("the employer cannot deliver my references").isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES.withDelivered(MON_30)))
                .withNextStep(mine("Jeg sender referansene og ringer deg", WED_2))))
                .as("delivered: no longer promised").isEmpty();
    }

    @Test
    void theEmployersReferenceCheckIsNotTheCandidatesReferences() {
        Evidence case100 = new Evidence(EvidenceKind.CASE, "En skisse til de første 100 dagene", TUE_1, null,
                Extras.NONE);
        List<Advice> found = conflicts(Samples.VESTLAND, 1, r -> r.withEvidence(List.of(
                REFERENCES.withDue(TUE_1), case100)).withMilestones(List.of(
                mine("Referanser og 100-dagersplan sendt", TUE_1),
                mine("Referansesjekk gjennomført", LocalDate.of(2026, 12, 4)),
                mine("Gjennomgang av 100-dagersplanen med Anders Vik og Marte Solberg", LocalDate.of(2026, 12, 8)),
                Step.of("Beslutning og tilbud", LocalDate.of(2026, 12, 11), Owner.EMPLOYER))));
        assertThat(found).isEmpty();
    }

    @Test
    void theSameDeliverableNamedByItsDescriptionInAnyForm() {
        Evidence plan = new Evidence(EvidenceKind.CASE, "100-dagersplan for bedriftsmarkedet", THU_3, null,
                Extras.NONE);
        assertThat(conflicts(Samples.VESTLAND, 1, r -> r.withEvidence(List.of(plan))))
                .as("the next step sends 100-dagersplanen on 1 December").singleElement()
                .satisfies(a -> assertThat(a.field()).isEqualTo(Field.DECISION));
        Evidence figures = new Evidence(EvidenceKind.RESULTS, "Salgstall fra de to siste årene", THU_3, null,
                Extras.NONE);
        assertThat(nordlys(r -> r.withEvidence(List.of(figures))
                .withNextStep(mine("Jeg sender salgstallene og ringer deg", TUE_1)))).hasSize(1);
        Evidence test = new Evidence(EvidenceKind.TEST, "Personlighetstest hos Ramsvik", THU_3, null, Extras.NONE);
        assertThat(nordlys(r -> r.withEvidence(List.of(test))
                .withNextStep(mine("Jeg tar personlighetstesten", TUE_1)))).hasSize(1);
    }

    @Test
    void twoStepsOrTwoEntriesPromisingItOnDifferentDays() {
        Evidence undated = REFERENCES.withDue(null);
        List<Step> plan = List.of(mine("Referanser sendt", TUE_1), mine("Sender referansene til Lise", THU_3),
                Step.of("Beslutning", LocalDate.of(2026, 12, 11), Owner.EMPLOYER));
        assertThat(nordlys(r -> r.withStage(Stage.DECISION_MAKER).withEvidence(List.of(undated))
                .withMilestones(plan))).singleElement().satisfies(a -> assertThat(a.message())
                .contains("milepælen «Referanser sendt»").contains("milepælen «Sender referansene til Lise»"));
        assertThat(nordlys(r -> r.withEvidence(List.of(undated)).withMilestones(plan)))
                .as("a sponsor letter shows no plan").isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES, REFERENCES.withDue(THU_3))))).hasSize(1);
    }

    @Test
    void englishNotes() {
        Evidence quota = new Evidence(EvidenceKind.RESULTS, "Quota attainment for the last three years",
                LocalDate.of(2026, 11, 27), null, Extras.NONE);
        Step sendQuota = mine("I will send my quota history and call you to book the panel", MON_30);
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(quota)).withNextStep(sendQuota)))
                .singleElement().satisfies(a -> assertThat(a.message()).isEqualTo("\"Quota attainment for the last three years\" "
                        + "is promised on two dates: 27 November (the evidence) and 30 November (the next "
                        + "step). Give it one date."));
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(quota.withDue(MON_30)))
                .withNextStep(sendQuota))).isEmpty();
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r)).as("the sample as it is").isEmpty();
    }

    /**
     * A tester's check said their written 90-day plan was promised on two dates, the evidence's and the next step's
     * "I will call Sarah to book a time for presenting my 90-day plan": a call that books the delivery is not it.
     */
    @Test
    void aStepThatBooksATimeForTheDeliveryIsNoConflict() {
        Evidence plan = new Evidence(EvidenceKind.CASE, "a written 90-day plan for the North region", THU_3, null,
                Extras.NONE);
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(plan))
                .withNextStep(mine("I will call Sarah to book a time for presenting my 90-day plan", WED_2))))
                .isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(new Evidence(EvidenceKind.CASE,
                        "en skriftlig 90-dagersplan", THU_3, null, Extras.NONE)))
                .withNextStep(mine("Jeg ringer Ola for å finne et tidspunkt for presentasjonen av 90-dagersplanen",
                        WED_2)))).isEmpty();
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(plan))
                .withNextStep(mine("I will send the 90-day plan and then book a time", WED_2))))
                .as("the delivery comes first").hasSize(1);
    }

    /**
     * The tester's case: the next step is a call to book the case presentation, and the presentation itself is
     * promised for a later day. Two things, two dates: no advice. Presenting it on another day than promised is
     * still one thing on two dates.
     */
    @Test
    void aCallToBookTheDeliveryIsNotTheDelivery() {
        Evidence caseStudy = new Evidence(EvidenceKind.CASE, "Business case presentation", THU_3, null, Extras.NONE);
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(caseStudy))
                .withNextStep(mine("I will call you to book the business case presentation", MON_30))))
                .as("the call's date is not the presentation's").isEmpty();
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(caseStudy))
                .withNextStep(mine("I will schedule the case presentation with Daniel", MON_30)))).isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(new Evidence(EvidenceKind.CASE, "Casepresentasjon", THU_3,
                null, Extras.NONE))).withNextStep(mine("Jeg ringer deg for å avtale casepresentasjonen", MON_30))))
                .isEmpty();
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withEvidence(List.of(caseStudy))
                .withNextStep(mine("I will present the business case to Daniel", MON_30))))
                .as("presenting it on another day is the real conflict").hasSize(1);
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(mine("Jeg sender referansene og avtaler tid for casen", WED_2))))
                .as("a booking later in the step does not hide a delivery before it").hasSize(1);
    }

    /**
     * A reader's plan: sent on 8 December, presented on the 10th. Sending then presenting is the usual order (the
     * style guide's own example), not one promise on two dates; sending it on two days still is.
     */
    @Test
    void sendingAPlanAndPresentingItLaterIsNoConflict() {
        LocalDate dec8 = LocalDate.of(2026, 12, 8);
        LocalDate dec10 = LocalDate.of(2026, 12, 10);
        Evidence plan = new Evidence(EvidenceKind.CASE, "100-day plan for mid-market", dec8, null, Extras.NONE);
        UnaryOperator<Round> presented = r -> r.withStage(Stage.DECISION_MAKER).withEvidence(List.of(plan))
                .withMilestones(List.of(mine("100-day plan presented to Priya, Mary Kate and the CFO", dec10),
                        Step.of("Decision and offer", LocalDate.of(2026, 12, 18), Owner.EMPLOYER)));
        assertThat(conflicts(Samples.HARBOUR, 0, presented)).isEmpty();
        UnaryOperator<Round> sentLater = r -> r.withStage(Stage.DECISION_MAKER).withEvidence(List.of(plan))
                .withMilestones(List.of(mine("100-day plan sent to Priya", dec10),
                        Step.of("Decision and offer", LocalDate.of(2026, 12, 18), Owner.EMPLOYER)));
        assertThat(conflicts(Samples.HARBOUR, 0, sentLater)).as("sent on two days").hasSize(1);
    }

    /**
     * A reader's next step sends the agenda for the case presentation, a week before it: the agenda is what is
     * sent, the case only what it is for. Presenting the case on another day than the evidence says still is one.
     */
    @Test
    void aStepThatSendsSomethingForTheItemDoesNotDeliverIt() {
        Evidence caseStudy = new Evidence(EvidenceKind.CASE,
                "Case: hvordan vinne tilbake Nortura, presenteres for Tor Arne og Kari 10. desember",
                LocalDate.of(2026, 12, 10), null, Extras.NONE);
        assertThat(nordlys(r -> r.withEvidence(List.of(caseStudy))
                .withNextStep(mine("Jeg sender forslag til agenda for casen", THU_3)))).isEmpty();
        assertThat(nordlys(r -> r.withEvidence(List.of(caseStudy))
                .withNextStep(mine("Jeg presenterer casen for Tor Arne og Kari", THU_3)))).hasSize(1);
        assertThat(nordlys(r -> r.withEvidence(List.of(REFERENCES))
                .withNextStep(mine("Jeg sender referansene til Ola", WED_2)))).as("named before 'til'").hasSize(1);
    }

    /**
     * The third round's English tester: a 90-day plan and an account won back, both of the kind "Case or plan", and
     * the milestone "Case of an account I won back sent" on 4 December was read as the 90-day plan's second date.
     */
    @Test
    void aMilestoneNamingTheKindIsNotAnotherPieceOfTheSameKind() {
        Evidence plan = new Evidence(EvidenceKind.CASE, "a 90-day plan", THU_3, null, Extras.NONE);
        Evidence wonBack = Evidence.of(EvidenceKind.CASE, "a case of an account I won back");
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withStage(Stage.DECISION_MAKER)
                .withEvidence(List.of(plan, wonBack))
                .withMilestones(List.of(mine("Case of an account I won back sent", THU_3.plusDays(1))))))
                .isEmpty();
        assertThat(conflicts(Samples.HARBOUR, 0, r -> r.withStage(Stage.DECISION_MAKER)
                .withEvidence(List.of(plan))
                .withMilestones(List.of(mine("90-day plan sent", THU_3.plusDays(1))))))
                .as("the plan itself on another day still is").hasSize(1);
    }
}
