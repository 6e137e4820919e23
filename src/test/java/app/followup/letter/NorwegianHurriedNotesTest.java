package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Evidence;
import app.followup.model.DecisionProcess;
import app.followup.model.EvidenceKind;
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
 * Norwegian notes typed in a hurry (the five interviews of the Norwegian reader's round 3): evidence pasted as typed,
 * steps without their article, lines without a verb. The letter says them as a salesperson writes, and leaves a
 * line it cannot read for certain as it was typed.
 */
class NorwegianHurriedNotesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));
    private final Participant torArne = Participant.of("Tor Arne Fossum", null, "t@x.example", Role.SPONSOR)
            .withAddressee(true);

    private String letter(UnaryOperator<Round> notes) {
        return letter(Stage.SPONSOR, notes);
    }

    private String letter(Stage stage, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(stage));
        return composer.compose(new Notes(1, Language.NB, null, null, null, null, List.of(round), null, null), 0, DAY)
                .bodyText().replace('\u00a0', ' ');
    }

    private static Evidence evidence(EvidenceKind kind, String detail, LocalDate due) {
        return new Evidence(kind, detail, due, null, null);
    }

    @Test
    void aCaseNotedAsAQuestionThatIsPresentedToSomeoneIsPromisedSo() {
        String text = letter(r -> r.withParticipants(List.of(torArne)).withEvidence(List.of(evidence(
                EvidenceKind.CASE, "Case: hvordan vinne tilbake Nortura, presenteres for Tor Arne og Kari 10. desember",
                LocalDate.of(2026, 12, 10)))));
        assertThat(text).contains("Torsdag 10. desember presenterer jeg casen om hvordan dere kan vinne tilbake "
                + "Nortura, for deg og Kari.")
                .doesNotContain("presenteres").doesNotContain(" klar");
        // a short thing takes its people without a comma, and with no date it is presented all the same
        assertThat(letter(r -> r.withEvidence(List.of(evidence(EvidenceKind.CASE,
                "90-dagersplanen, presenteres for ledergruppen", null)))))
                .contains("Jeg presenterer 90-dagersplanen for ledergruppen.");
        // a question with its own verb keeps it
        assertThat(letter(r -> r.withEvidence(List.of(evidence(EvidenceKind.CASE,
                "hvordan selgerne jobber med kjedene", LocalDate.of(2026, 12, 10))))))
                .contains("casen om hvordan selgerne jobber med kjedene");
    }

    @Test
    void aStepOrATestTypedAsABareCountNounHasItsArticleByGender() {
        assertThat(letter(r -> r.withDecisionProcess(DecisionProcess.EMPTY.withSteps(List.of(
                "Andre intervju med styreleder Kari Bergmann", "case", "referansesjekk")))))
                .contains("Veien videre er et andre intervju med styreleder Kari Bergmann, en case og "
                        + "referansesjekk.");
        assertThat(letter(r -> r.withDecisionProcess(DecisionProcess.EMPTY.withSteps(List.of(
                "intervju med Øystein", "personlighetstest via Amesto", "referanser")))))
                .contains("Veien videre er et intervju med Øystein, en personlighetstest via Amesto og referanser.");
        assertThat(letter(Stage.DECISION_MAKER, r -> r.withDecisionProcess(new DecisionProcess("Hans Petter",
                List.of("referansesjekk", "møte med styreleder", "godkjenning i styret"), null))))
                .contains("etter referansesjekk, et møte med styreleder og godkjenning i styret.");
        assertThat(letter(r -> r.withEvidence(List.of(evidence(EvidenceKind.TEST, "logisk test (Cut-e)",
                LocalDate.of(2026, 12, 3))))))
                .contains("Torsdag 3. desember tar jeg en logisk test (Cut-e).");
        assertThat(letter(r -> r.withEvidence(List.of(evidence(EvidenceKind.TEST, "OPQ personlighetstest hos Amesto",
                LocalDate.of(2026, 12, 4))))))
                .contains("Fredag 4. desember tar jeg en OPQ-personlighetstest hos Amesto.");
    }

    @Test
    void pluralsMassNounsNamesAndWordsTheLexiconIsUnsureOfKeepNoArticle() {
        assertThat(letter(r -> r.withDecisionProcess(DecisionProcess.EMPTY.withSteps(List.of(
                "logiske tester", "teams-møte med Per", "befaringsrunde", "lunsj", "OPQ personlighetstester")))))
                .contains("Veien videre er logiske tester, et teams-møte med Per, befaringsrunde, en lunsj og OPQ "
                        + "personlighetstester.");
        assertThat(letter(r -> r.withEvidence(List.of(evidence(EvidenceKind.CERTIFICATES,
                "attester fra Mölnlycke og Abena", LocalDate.of(2026, 11, 30))))))
                .contains("sender jeg attester fra Mölnlycke og Abena.");
    }

    @Test
    void aChallengeWithoutItsSubjectIsTheCompanysSaidToTheReader() {
        assertThat(letter(r -> r.withChallenge("taper rammeavtaler ved reforhandling, 3 av 5 siste")))
                .contains("hovedutfordringen at dere taper rammeavtaler ved reforhandling, tre av de fem siste.");
        assertThat(letter(r -> r.withChallenge("taper rammeavtaler ved reforhandling, 3 av 5 siste")
                .withCauses(List.of("ingen eier avtalene"))))
                .contains("Dere taper rammeavtaler ved reforhandling, tre av de fem siste. Slik jeg forstår det");
        assertThat(letter(r -> r.withChallenge("for få sykehuskontrakter i Helse Sør-Øst, mister anbud på "
                + "sårbehandling").withCauses(List.of("ingen eier avtalene"))))
                .contains("Dere har for få sykehuskontrakter i Helse Sør-Øst og mister anbud på sårbehandling.");
        // a verb that may have its subject after it, and a clause with its subject, stay as typed
        assertThat(letter(r -> r.withChallenge("forsvinner kunder til kjedene").withCauses(List.of("ingen eier "
                + "avtalene")))).contains("Forsvinner kunder til kjedene.");
        assertThat(letter(r -> r.withChallenge("Selgerne taper anbud på pris").withCauses(List.of("ingen eier "
                + "avtalene")))).contains("Selgerne taper anbud på pris.");
    }

    @Test
    void aCauseWithoutItsVerbOrWithLiteForACountablePluralIsSaidRight() {
        assertThat(letter(r -> r.withCauses(List.of("for lite møter med innkjøperne mellom anbudene",
                "fordi ingen har eid avtalene etter at Geir sluttet", "avtalelojalitet ikke fulgt opp"))))
                .contains("skyldes det for få møter med innkjøperne mellom anbudene, at ingen har eid avtalene etter "
                        + "at Geir sluttet, og at avtalelojaliteten ikke er fulgt opp.");
        // what cannot be counted keeps "lite"; a shortage before a clause of its own is a cause of its own
        assertThat(letter(r -> r.withCauses(List.of("for lite tid på sykehusene, selgerne sitter i bilen",
                "fagsykepleierne kjenner dem ikke"))))
                .contains("skyldes det for lite tid på sykehusene, at selgerne sitter i bilen, og at "
                        + "fagsykepleierne ikke kjenner dem.");
        // a line with its own verb is left alone
        assertThat(letter(r -> r.withCauses(List.of("oppfølgingen er ikke prioritert"))))
                .contains("at oppfølgingen ikke er prioritert.");
    }
}
