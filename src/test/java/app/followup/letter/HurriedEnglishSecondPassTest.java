package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Evidence;
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
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The British salesperson's hurried notes, second pass (issue 11): what a native reader still fixed by hand in the
 * letters the composer wrote from them. Consequences that are no sentence after "If nothing changes,", two clauses
 * spliced with a comma, a bare singular place, and shorthand in the plan.
 */
class HurriedEnglishSecondPassTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(Stage.SPONSOR)
                .withChallenge("fleet side too reliant on 3 big accounts"));
        return composer.compose(new Notes(1, Language.EN, null, null, null, null, List.of(round), null, null), 0, DAY)
                .bodyText().replace('\u00a0', ' ');
    }

    @Test
    void aDatedEventIsSaidAsTheFactItIsBeforeIfNothingChanges() {
        String text = letter(r -> r.withConsequences(List.of("so they miss the 2027 budget",
                "Ford dealer standards review in 2027, need to show fleet growth or lose the franchise")));
        assertThat(text).contains("There is a Ford dealer standards review in 2027, and you need to show fleet growth "
                + "or lose the franchise. If nothing changes, you will miss the 2027 budget.")
                .doesNotContain("changes, Ford dealer");
        assertThat(ComingEvent.asClause("contract renewal by Q3")).isEqualTo("there is a contract renewal by Q3");
        assertThat(ComingEvent.asClause("NHS re-tender in April")).isEqualTo("there is an NHS re-tender in April");
        assertThat(ComingEvent.asClause("price increases from January")).isEqualTo(
                "there are price increases from January");
    }

    @Test
    void aPossibleEventCouldBe() {
        assertThat(letter(r -> r.withConsequences(List.of("possible restructure of the field team in 2027"))))
                .contains("If nothing changes, there could be a restructure of the field team in 2027.");
        assertThat(ComingEvent.asClause("potential job cuts")).isEqualTo("there could be job cuts");
    }

    @Test
    void anEventTheRuleCannotReadForCertainStaysAsTyped() {
        // no time: a planned event is only read as one with its date
        assertThat(ComingEvent.asClause("dealer standards review")).isEqualTo("dealer standards review");
        // a determiner, a verb, a head that is no event, a/an unsure, or a clause after the comma that is no need
        assertThat(ComingEvent.asClause("the annual review in 2027")).isEqualTo("the annual review in 2027");
        assertThat(ComingEvent.asClause("team needs review in 2027")).isEqualTo("team needs review in 2027");
        assertThat(ComingEvent.asClause("new showroom in 2027")).isEqualTo("new showroom in 2027");
        assertThat(ComingEvent.asClause("possible headcount freeze")).isEqualTo("possible headcount freeze");
        assertThat(ComingEvent.asClause("Tesco review in 2027, they may walk")).isEqualTo(
                "Tesco review in 2027, they may walk");
    }

    @Test
    void aStateThatHoldsNowIsAFactAndWhatItMeansGoesWithIt() {
        String text = letter(r -> r.withConsequences(List.of("North revenue down 11% YTD",
                "which means the Crewe plant loses volume and the US parent is asking questions",
                "possible restructure of the field team in 2027")));
        assertThat(text).contains("North revenue is down 11% YTD, which means the Crewe plant loses volume and the US "
                + "parent is asking questions. If nothing changes, there could be a restructure of the field team in "
                + "2027.").doesNotContain("changes, North revenue");
        assertThat(letter(r -> r.withConsequences(List.of("churn up in mid-market too as deals get oversold",
                "we go back to SMB only")))).contains("Churn is up in mid-market too as deals get oversold. If "
                        + "nothing changes, you will go back to SMB only.");
    }

    @Test
    void anOutcomeTypedAfterSoOrWithAConditionStaysAConsequence() {
        AlreadyHappened english = new AlreadyHappened(Language.EN);
        assertThat(english.holdsNow("North revenue is down 11% YTD")).isTrue();
        assertThat(english.holdsNow("there is no budget for a new hire")).isTrue();
        assertThat(english.holdsNow("the Series B metrics won't be there")).isFalse();
        assertThat(english.holdsNow("margin is down if Tesco goes")).isFalse();
        assertThat(new AlreadyHappened(Language.NB).holdsNow("det er ingen KAM")).isFalse();
        assertThat(letter(r -> r.withConsequences(List.of("so there is no money for new hires"))))
                .contains("If nothing changes, there is no money for new hires.");
    }

    @Test
    void anIfClauseTypedWithoutItsCommaGetsOneBeforeAContractedSubject() {
        assertThat(letter(r -> r.withConsequences(List.of("if one of the 3 goes its 35% of van volume gone"))))
                .contains("If one of the 3 goes, it’s 35% of van volume gone.");
        assertThat(letter(r -> r.withConsequences(List.of("if Tesco walks they'll close the line"))))
                .contains("If Tesco walks, you’ll close the line.");
        // after a verb of saying, the pronoun opens what is said: no comma there
        assertThat(letter(r -> r.withConsequences(List.of("if the buyer says it's too dear we lose the deal"))))
                .doesNotContain("says, it");
    }

    @Test
    void twoClausesSplicedWithACommaAreSetApartWithADash() {
        assertThat(letter(r -> r.withCauses(List.of("No discovery or mutual action plan, deals go dark after the demo",
                "AEs run every deal like a 2 week sale"))))
                .contains("there is no discovery or mutual action plan – deals go dark after the demo");
        assertThat(letter(r -> r.withCauses(List.of(
                "The relationship with the trusts sits with operations, nobody in BD talks to estates directors",
                "Bids are written in isolation, so the real issues don't show up in the bids"))))
                .contains("the relationship with the trusts sits with operations – nobody in BD talks to estates "
                        + "directors. Bids are written in isolation, so");
        assertThat(letter(r -> r.withCauses(List.of("no new fleet accounts in 18 months",
                "cos they've never done any proper prospecting, all word of mouth"))))
                .contains("you’ve never done any proper prospecting – it is all word of mouth.");
    }

    @Test
    void aChallengeSplicedWithACommaIsSetApartToo() {
        assertThat(letter(r -> r.withChallenge("Mid-market new ARR is 40% behind plan this year. They've got the "
                + "leads, its the conversion thats broken.")))
                .contains("You’ve got the leads – it’s the conversion that’s broken.");
    }

    @Test
    void aCommaThatIsNoSpliceStays() {
        CommaSplice splice = new CommaSplice(new NoteText(Language.EN, Set.of()));
        assertThat(splice.joined("bids are written in isolation, so the issues don't show up"))
                .isEqualTo("bids are written in isolation, so the issues don't show up");
        assertThat(splice.joined("reps cover Leeds, Bradford and York")).isEqualTo("reps cover Leeds, Bradford and "
                + "York");
        assertThat(splice.joined("the real issues (net zero, patient experience) are missed"))
                .isEqualTo("the real issues (net zero, patient experience) are missed");
        assertThat(splice.joined("the NW patch has been flat for 3 years, losing the food accounts"))
                .isEqualTo("the NW patch has been flat for 3 years, losing the food accounts");
    }

    @Test
    void aBareSingularPlaceGetsItsArticle() {
        assertThat(letter(r -> r.withCauses(List.of("Steve doing fleet himself on top of running showroom"))
                .withParticipants(List.of(Participant.of("Steve Hollins", null, "s@x.example", Role.SPONSOR)))))
                .contains("you are doing fleet yourself on top of running the showroom");
        assertThat(letter(r -> r.withChallenge(
                "Losing share in the North since NHS Supply Chain framework moved to price-led lots")))
                .contains("since the NHS Supply Chain framework moved to price-led lots");
        // not a place of the lexicon, not a gerund, or a determiner already there
        assertThat(BareSingular.inProse("doing fleet himself")).isEqualTo("doing fleet himself");
        assertThat(BareSingular.inProse("during lockdown")).isEqualTo("during lockdown");
        assertThat(BareSingular.inProse("running the showroom")).isEqualTo("running the showroom");
        assertThat(BareSingular.inProse("since Mark left")).isEqualTo("since Mark left");
        assertThat(BareSingular.inProse("sign-off from US parent (headcount)")).isEqualTo(
                "sign-off from the US parent (headcount)");
        assertThat(BareSingular.inProse("a call with US parent company")).isEqualTo("a call with US parent company");
        assertThat(BareSingular.inProse("2 references incl. NHS procurement lead I worked with")).isEqualTo(
                "2 references incl. an NHS procurement lead I worked with");
        assertThat(BareSingular.inProse("3 references incl. customer I won back")).isEqualTo(
                "3 references incl. a customer I won back");
        assertThat(BareSingular.inProse("2 references incl. my manager")).isEqualTo("2 references incl. my manager");
        assertThat(BareSingular.inProse("incl. customer feedback")).isEqualTo("incl. customer feedback");
    }

    @Test
    void referencesAndTargetsAreWrittenOut() {
        assertThat(HurriedEnglish.written("3 refs incl. someone I managed")).isEqualTo(
                "3 references incl. someone I managed");
        assertThat(HurriedEnglish.written("1 ref from Tesco")).isEqualTo("1 reference from Tesco");
        assertThat(HurriedEnglish.written("my sales figures vs target 2023-2025")).isEqualTo(
                "my sales figures against target 2023-2025");
        assertThat(HurriedEnglish.written("win rate to 25% by end of Q3 2027")).isEqualTo(
                "win rate to 25% by the end of Q3 2027");
        assertThat(HurriedEnglish.written("talking to theatre nurses not to procurement")).isEqualTo(
                "talking to theatre nurses, not to procurement");
        assertThat(HurriedEnglish.written("we are not to blame")).isEqualTo("we are not to blame");
        assertThat(HurriedEnglish.written("2 referees - one ex manager, one customer")).isEqualTo(
                "2 referees - one ex-manager, one customer");
        // between two names "vs" is a contest, and stays
        assertThat(HurriedEnglish.written("Smurfit vs DS Smith")).isEqualTo("Smurfit vs DS Smith");
        Round round = Round.empty(DAY).withStage(Stage.DECISION_MAKER).withEvidence(List.of(new Evidence(
                EvidenceKind.REFERENCES, "3 refs incl. someone I managed", LocalDate.of(2026, 12, 3), null, null)));
        String plan = composer.compose(new Notes(1, Language.EN, null, null, null, null, List.of(round), null, null),
                0, DAY).bodyText();
        assertThat(plan).contains("3 references sent incl. someone I managed").doesNotContain("refs");
    }

    @Test
    void theReadersOwnWordsAreAnAsideInTheListItself() {
        LetterWords words = new LetterWords(Language.EN);
        assertThat(Reasons.joinClauses(List.of("you will miss the budget", "as you said, “the board will ask”"),
                words)).isEqualTo("you will miss the budget, and, as you said, “the board will ask”");
        assertThat(Reasons.joinClauses(List.of("you will miss the budget", "the board will ask"), words))
                .isEqualTo("you will miss the budget, and the board will ask");
    }

    /** The English tester at 22:40: "If nothing changes, margin drops below 4% next year if spot volumes stay …". */
    @Test
    void aConsequenceWithItsOwnConditionAfterItIsASentenceOfItsOwn() {
        String text = letter(r -> r.withConsequences(List.of("we miss the 2027 new-business target",
                "margin drops below 4% next year if spot volumes stay where they are")));
        assertThat(text).contains("If nothing changes, you will miss the 2027 new-business target.")
                .contains("Margin drops below 4% next year if spot volumes stay where they are.")
                .doesNotContain("changes, margin drops");
    }

    /** The same tester: "As I understand it, Account managers hand trials over …", the capital from the job title. */
    @Test
    void aWordCapitalisedOnlyInATitleCasePositionIsLowerCasedInsideASentence() {
        Round round = Round.empty(DAY).withStage(Stage.SPONSOR).withChallenge("new business has been flat for 18 months")
                .withCauses(List.of("Account managers hand trials over to the depot team the day they're signed",
                        "Nobody agrees success measures with the customer before a trial starts"));
        String text = composer.compose(new Notes(1, Language.EN, null, null, "Senior Account Executive", null,
                List.of(round), null, null), 0, DAY).bodyText().replace('\u00a0', ' ');
        assertThat(text).contains("account managers hand trials over").doesNotContain("Account managers hand");
    }

    /** The English tester at 18:54: "No proper pipeline, forecasts live in spreadsheets." came through as typed. */
    @Test
    void aMissingThingBeforeASplicedClauseIsSaidWithThereIsNo() {
        String text = letter(r -> r.withCauses(List.of("the team only farms existing accounts",
                "No proper pipeline, forecasts live in spreadsheets")));
        assertThat(text).containsIgnoringCase("there is no proper pipeline – forecasts live in spreadsheets")
                .doesNotContain("No proper pipeline, forecasts");
    }
}
