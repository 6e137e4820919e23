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
 * English notes typed in a hurry by a British salesperson (the fragment notes of the English reader, round 2): bare
 * singulars, private asides, steps typed as instructions, the addressee in the third person, verbless fragments and
 * shorthand. The letter says them as English prose, and leaves alone what it cannot read for certain.
 */
class HurriedEnglishLettersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(Language language, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(Stage.SPONSOR));
        return composer.compose(new Notes(1, language, null, null, null, null, List.of(round), null, null), 0, DAY)
                .bodyText().replace('\u00a0', ' ');
    }

    private static Evidence due(EvidenceKind kind, String detail) {
        return new Evidence(kind, detail, DEC_4, null, null);
    }

    private static UnaryOperator<Round> steps(String... steps) {
        return r -> r.withDecisionProcess(new DecisionProcess(null, List.of(steps), Extras.NONE));
    }

    @Test
    void evidencePromisedAsABareSingularGetsItsArticle() {
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(
                due(EvidenceKind.CERTIFICATES, "copy of my APM PFQ certificate")))))
                .contains("I will send you a copy of my APM PFQ certificate.");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(
                due(EvidenceKind.TEST, "online psychometric test")))))
                .contains("I will take the online psychometric test.");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(
                due(EvidenceKind.OTHER, "list of fleet contacts I'd bring with me")))))
                .contains("send you a list of fleet contacts");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(
                due(EvidenceKind.OTHER, "account plan for one trust")))))
                .contains("send you an account plan for one trust");
    }

    @Test
    void pluralsNumbersPossessivesAndNamesKeepNoArticle() {
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.RESULTS,
                "sales figures vs target 2023-2025"))))).contains("send you sales figures against target");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.REFERENCES, "2 referees")))))
                .contains("send you the names of two referees");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.RESULTS,
                "my win rates"))))).contains("send you my win rates");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.OTHER,
                "CRM dashboard export"))))).contains("send you CRM dashboard export");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.OTHER,
                "feedback from my last customer survey"))))).contains("send you feedback from");
    }

    @Test
    void anOutlineOrDraftIsADocumentAndKeepsItsFirstWord() {
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.CASE,
                "Outline value case for one ICB")))))
                .contains("an outline value case for one ICB ready");
        // with a determiner after it, "draft" is the verb it looks like
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.OTHER,
                "draft the account plan"))))).contains("I will draft the account plan");
    }

    @Test
    void aPlanRowSaysItIsDoneBeforeTheWordsThatDescribeTheThing() {
        LetterWords words = new LetterWords(Language.EN);
        NoteText text = new NoteText(Language.EN, java.util.Set.of());
        assertThat(Deliverable.of(due(EvidenceKind.REFERENCES, "2 references incl. NHS procurement lead I worked with"),
                text, words, Language.EN).asMilestone(words, Language.EN.locale()))
                .isEqualTo("2 references sent incl. NHS procurement lead I worked with");
        assertThat(Deliverable.of(due(EvidenceKind.CASE, "Outline value case for one ICB, e.g. Greater Manchester"),
                text, words, Language.EN).asMilestone(words, Language.EN.locale()))
                .isEqualTo("Outline value case for one ICB prepared, e.g. Greater Manchester");
    }

    @Test
    void privateAsidesInEvidenceNeverReachTheEmployer() {
        String english = letter(Language.EN, r -> r.withEvidence(List.of(
                due(EvidenceKind.REFERENCES, "2 referees - one ex manager, one customer (Warburtons buyer?)"),
                new Evidence(EvidenceKind.TEST, "online psychometric test - link from Claire",
                        LocalDate.of(2026, 12, 3), null, null),
                new Evidence(EvidenceKind.CASE, "capture plan for one trust (they'll tell me which by 2 Dec)",
                        LocalDate.of(2026, 12, 9), null, null),
                new Evidence(EvidenceKind.OTHER, "list of fleet contacts (no names, just company and fleet size)",
                        LocalDate.of(2026, 12, 10), null, null))));
        assertThat(english).doesNotContain("Warburtons").doesNotContain("Claire").doesNotContain("tell me which")
                .contains("one customer.").contains("the online psychometric test.")
                .contains("a capture plan for one trust")
                // a bracket that says what the evidence is, is the employer's to read
                .contains("(no names, just company and fleet size)");
        String norwegian = letter(Language.NB, r -> r.withEvidence(List.of(
                due(EvidenceKind.TEST, "logisk test (Cut-e), lenke kommer fra Visindi"),
                new Evidence(EvidenceKind.REFERENCES, "to referanser (Tine-innkjøper?)", LocalDate.of(2026, 12, 1),
                        null, null))));
        assertThat(norwegian).doesNotContain("Visindi").doesNotContain("lenke").doesNotContain("Tine")
                .contains("logisk test (Cut-e)");
        // "de" is also the Norwegian plural article: a bracket with it is no aside
        assertThat(letter(Language.NB, r -> r.withEvidence(List.of(
                due(EvidenceKind.REFERENCES, "to referanser (fra de tre største kundene)")))))
                .contains("(fra de tre største kundene)");
    }

    @Test
    void stepsTypedAsBareNounsOrInstructionsReadAsEnglishAfterTheNextStepsAre() {
        assertThat(letter(Language.EN, steps("panel with Helen and the HR director", "ride along day with Gary",
                "references"))).contains("The next steps are a panel with Helen and the HR director, a ride-along "
                + "day with Gary and references.");
        assertThat(letter(Language.EN, steps("meet Jo's dad for a brew", "offer")))
                .contains("The next steps are meeting Jo’s dad for a brew and an offer.");
        assertThat(letter(Language.EN, steps("Present 100 day plan to the CFO", "reference calls")))
                .contains("my presentation of the 100-day plan to the CFO and reference calls");
    }

    @Test
    void stepsWithCommasOfTheirOwnAreSetApartWithSemicolons() {
        assertThat(letter(Language.EN, steps("panel with Helen Stroud, Managing Director, and the HR director",
                "bid presentation", "psychometrics (online)")))
                .contains("The next steps are a panel with Helen Stroud, Managing Director, and the HR director; a "
                        + "bid presentation; and psychometrics (online).");
        assertThat(letter(Language.EN, steps("panel interview", "bid presentation", "references")))
                .contains("The next steps are a panel interview, a bid presentation and references.");
    }

    @Test
    void theOneAddresseeQuotedUnderTheirNameIsYou() {
        Participant gary = Participant.of("Gary Hindley", null, "g@x.example", Role.SPONSOR);
        String text = letter(Language.EN, r -> r.withParticipants(List.of(gary)).withConsequences(List.of(
                "they miss the 2027 budget", "Gary said \"the board will ask why we still have a NW patch\"")));
        assertThat(text).contains(", and, as you said, “the board will ask why we still have a NW patch”")
                .doesNotContain("Gary said");
        assertThat(letter(Language.EN, r -> r.withParticipants(List.of(gary)).withConsequences(List.of(
                "Gary: \"we'll go back to SMB only\"")))).contains("as you said, “we’ll go back to SMB only”");
        Participant steve = Participant.of("Steve Hollins", null, "s@x.example", Role.SPONSOR);
        assertThat(letter(Language.EN, r -> r.withParticipants(List.of(steve)).withCauses(List.of(
                "no new fleet accounts in 18 months", "Steve doing fleet himself on top of running the showroom"))))
                .contains("you are doing fleet yourself on top of running the showroom").doesNotContain("Steve doing");
    }

    @Test
    void theCommonestVerblessShapesGetTheirVerb() {
        assertThat(letter(Language.EN, r -> r.withChallenge("fleet side too reliant on 3 big accounts")
                .withCauses(List.of("territory been covered from Leeds since March",
                        "reps only going back to same 20 accounts"))))
                .contains("The fleet side is too reliant on 3 big accounts.")
                .contains("the territory has been covered from Leeds since March")
                .contains("reps are only going back to the same 20 accounts");
        assertThat(letter(Language.EN, r -> r.withChallenge("NW patch flat for 3 yrs, losing the food accounts")))
                .contains("the NW patch has been flat for 3 years, losing the food accounts");
        assertThat(letter(Language.EN, r -> r.withConsequences(List.of("North revenue down 11% YTD"))))
                .containsIgnoringCase("North revenue is down 11% YTD");
        assertThat(letter(Language.EN, r -> r.withCauses(List.of("no new fleet accounts in 18 months"))))
                .contains("there have been no new fleet accounts in 18 months");
        assertThat(letter(Language.EN, r -> r.withChallenge(
                "Losing share in the North since the framework moved to price-led lots")))
                .containsIgnoringCase("you have been losing share in the North since");
    }

    @Test
    void aNoteWhoseShapeIsNotCertainStaysAsTyped() {
        // the -s word after the first may be the verb the note already has
        assertThat(letter(Language.EN, r -> r.withCauses(List.of("quoting takes too long"))))
                .contains("quoting takes too long").doesNotContain("is too long");
        assertThat(letter(Language.EN, r -> r.withChallenge("margin down")))
                .doesNotContain("margin is down");
    }

    @Test
    void shorthandAndSlipsWithOneReadingAreWrittenOut() {
        assertThat(letter(Language.EN, r -> r.withChallenge("NW patch flat for 3 yrs and big boys quote in 24hrs. "
                + "You've got the leads, its the conversion thats broken.")))
                .contains("3 years").contains("24 hours").contains("it’s the conversion that’s broken");
        assertThat(HurriedEnglish.written("run every deal like a 2 week sale")).isEqualTo(
                "run every deal like a 2-week sale");
        // the possessive stays
        assertThat(HurriedEnglish.written("the team and its pipeline")).isEqualTo("the team and its pipeline");
        assertThat(HurriedEnglish.written("out 1 day a week")).isEqualTo("out 1 day a week");
    }

    @Test
    void aBrandALowerCaseWriterCapitalisedKeepsItsCapitalInsideTheSentence() {
        assertThat(letter(Language.EN, r -> r.withChallenge("fleet side too reliant on 3 big accounts")
                .withCauses(List.of("no new fleet accounts", "reps only going back to old accounts"))
                .withConsequences(List.of("if one of the 3 goes we lose a third of volume",
                        "Ford dealer standards review in 2027 could cost the franchise"))))
                .contains("Ford dealer standards review").doesNotContain("ford dealer");
        // a writer who opens every note with a capital capitalises the sentence, not a name
        assertThat(letter(Language.EN, r -> r.withChallenge("Pipeline too thin")
                .withConsequences(List.of("Quarterly target missed again"))))
                .contains("quarterly target missed again");
    }

    /** A British tester: "I will send you two referees" sends the people; "my two referees' names" said names twice. */
    @Test
    void refereesAreSentAsTheirNames() {
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(Evidence.of(EvidenceKind.REFERENCES,
                "two referees"))))).contains("I will send you the names of two referees.");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.REFERENCES,
                "my two referees' names"))))).contains("the names of two referees.").doesNotContain("names'");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(due(EvidenceKind.REFERENCES,
                "two references from former managers"))))).contains("send you two references from former managers");
    }
}
