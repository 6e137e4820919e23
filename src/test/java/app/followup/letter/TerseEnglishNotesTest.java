package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.DecisionProcess;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.notes.NotesReader;
import app.followup.userfiles.TemplateLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four new British users typed their notes the way a hurried salesperson does (29 November 2026), and fixed the
 * letter by hand where it read like a form. Each test is one of their fixes: the sentence the letter wrote, and the
 * one a native writes. The two first-pass notes are kept as they typed them.
 */
class TerseEnglishNotesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String typed(String file) throws Exception {
        Notes notes = new NotesReader().read(Files.readAllBytes(Path.of("src/test/resources/notes", file)));
        return composer.compose(notes, 0, DAY).bodyText().replace('\u00a0', ' ');
    }

    private String letter(Language language, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(Stage.SPONSOR));
        return composer.compose(new Notes(1, language, null, null, null, null, List.of(round), null, null), 0, DAY)
                .bodyText().replace('\u00a0', ' ');
    }

    @Test
    void losingAccountsAsTheFirstOfTwoSentencesGetsYouAre() throws Exception {
        // was "Losing mid-size accounts to cheaper 3PLs. The account team is reactive …"
        assertThat(typed("en-terse-losing-accounts.followup.json"))
                .contains("You are losing mid-size accounts to cheaper 3PLs. The account team is reactive: they "
                        + "quote – they don’t consult.")
                .doesNotContain("Losing mid-size");
    }

    @Test
    void aMissingThingTypedAsNoXIsThereIsNoOrThereAreNo() throws Exception {
        // was "As I understand it, no account plans, and no pipeline visibility, so you can't forecast."
        assertThat(typed("en-terse-losing-accounts.followup.json")).contains("As I understand it, there are no "
                + "account plans, and there is no pipeline visibility, so you can’t forecast.");
        assertThat(VerblessFragment.missingAsThereIs("no CRM")).isEqualTo("there is no CRM");
        assertThat(VerblessFragment.missingAsThereIs("no one owns the key accounts"))
                .isEqualTo("no one owns the key accounts");
        assertThat(VerblessFragment.missingAsThereIs("no reps cover the North")).isEqualTo("no reps cover the North");
    }

    @Test
    void renewalsLostThisYearAreAFactOfTheReadersNotAnOutcomeOfIfNothingChanges() throws Exception {
        // was "If nothing changes, the likely result is lost two renewals this year (about £1.2m), board expects …"
        String text = typed("en-terse-losing-accounts.followup.json");
        assertThat(text).contains("You lost two renewals this year (about £1.2m).")
                .doesNotContain("likely result").doesNotContain("If nothing changes");
        // a target typed as a sentence of its own after the vision: was "… copies. 10 new fleet accounts in the first
        // 12 months – that is the job I want"
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling").withHiringVision("Someone who "
                + "turns our top 40 accounts into partners and builds the account plans the rest of the team copies. "
                + "10 new fleet accounts in the first 12 months.")))
                .contains("the rest of the team copies, with a target of 10 new fleet accounts in the first 12 months");
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling").withHiringVision("Someone who "
                + "builds the account plans. 10 reps will follow them.")))
                .as("a sentence with its verb stays").doesNotContain("with a target of 10 reps");
        // typed with its capital, as another tester did: was "If nothing changes, the likely result is lost two …"
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling")
                .withConsequences(List.of("Lost two renewals this year (about £1.2m)"))))
                .contains("You lost two renewals this year (about £1.2m).").doesNotContain("likely result");
        // the tester's first fix, "two renewals already lost this year", is as much a fact
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling")
                .withConsequences(List.of("two renewals already lost this year (about £1.2m)"))))
                .contains("Two renewals have already been lost this year (about £1.2m).")
                .doesNotContain("If nothing changes");
        // a lost thing as a noun phrase is still the outcome it says
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling")
                .withConsequences(List.of("lost market share in the North"))))
                .contains("If nothing changes, the likely result is lost market share in the North.");
    }

    @Test
    void theBoardAndTheNewWarehouseGetTheirArticleAndAreFacts() throws Exception {
        // was "board expects £4m of new business in 2027, and new Trafford Park warehouse opens in April …"
        assertThat(typed("en-terse-losing-accounts.followup.json"))
                .contains("The board expects £4m of new business in 2027. The new Trafford Park warehouse opens in "
                        + "April and needs volume.");
    }

    @Test
    void theLikelyResultNeverFrontsAListOfClauses() {
        // was "If nothing changes, the likely result is lost market share, the board cuts the budget, and …"
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling").withConsequences(List.of(
                "lost market share", "the board cuts the budget", "we lose the franchise"))))
                .contains("If nothing changes, the board cuts the budget, you will lose the franchise, and the likely "
                        + "result is lost market share.");
    }

    @Test
    void aPlantThatClosesOrAWarehouseThatOpensHalfEmptyIsStillAnOutcome() {
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling")
                .withConsequences(List.of("the Crewe plant closes in 2027"))))
                .contains("If nothing changes, the Crewe plant closes in 2027.");
        assertThat(letter(Language.EN, r -> r.withChallenge("margins are falling")
                .withConsequences(List.of("the new warehouse opens in April at 40% occupancy"))))
                .contains("If nothing changes, the new warehouse opens in April at 40% occupancy.");
    }

    @Test
    void theOutcomeComesFirstAndTheBudgetStandsAfterIt() throws Exception {
        // was "The 2027 budget needs 30 new accounts to stick. If nothing changes, one in four new accounts leaves …";
        // then "… leaves in year one – and the 2027 budget needs …", which a tester read as a result of failing
        assertThat(typed("en-terse-onboarding.followup.json")).contains("If nothing changes, one in four new accounts "
                + "will keep leaving in year one. The 2027 budget needs 30 new accounts to stick.");
    }

    @Test
    void blirDetIkkeLøstComesFirstAndTheBudgetStandsAfterIt() {
        String text = letter(Language.NB, r -> r.withChallenge("nye kunder bruker ni måneder på å nå full volum")
                .withConsequences(List.of("én av fem nye kunder sier opp første år",
                        "budsjettet for 2027 krever 40 nye bedriftsavtaler")));
        // a rate that already holds goes on ("fortsetter … å", OngoingRate)
        assertThat(text).contains("Blir det ikke løst, fortsetter én av fem nye kunder å si opp første år. "
                + "Budsjettet for 2027 krever 40 nye bedriftsavtaler.");
    }

    @Test
    void aTargetAfterItsLabelIsWovenIntoTheVision() {
        // was "… the rest of the team copies. Target: 10 new fleet accounts in the first 12 months – that is the job"
        assertThat(letter(Language.EN, r -> r.withHiringVision("someone who builds the account plans the rest of the "
                + "team copies. Target: 10 new fleet accounts in the first 12 months")))
                .contains("someone who builds the account plans the rest of the team copies, with a target of 10 new "
                        + "fleet accounts in the first 12 months – that is the job I want");
        assertThat(letter(Language.NB, r -> r.withHiringVision("en salgssjef som bygger teamet. Mål: 10 nye "
                + "tjenesteavtaler innen 12 måneder")))
                .contains("en salgssjef som bygger teamet, med et mål om 10 nye tjenesteavtaler innen 12 måneder");
    }

    /** The tester rewrote "Tom (PeopleFirst) runs references" by hand. */
    @Test
    void theRecruiterWithHisAgencyInBracketsIsAtTheAgency() throws Exception {
        assertThat(typed("en-terse-losing-accounts.followup.json"))
                .contains("after Rachel recommends and Tom at PeopleFirst runs references.")
                .doesNotContain("(PeopleFirst)");
    }

    /** A tester's "we're losing …" came out "You’re is losing …": a contracted verb is a verb. */
    @Test
    void aContractedVerbIsNotASubjectWithoutOne() {
        String text = letter(Language.EN, r -> r.withChallenge(
                "we're losing mid-size accounts to cheaper 3PLs - the account team quotes, it doesn't consult"));
        assertThat(text).contains("losing mid-size accounts to cheaper 3PLs").doesNotContain(" is losing")
                .doesNotContain("’re is").doesNotContain("'re is");
        assertThat(letter(Language.EN, r -> r.withChallenge("they've lost the North, Rachel's team losing share")))
                .doesNotContain("’ve is").doesNotContain("'ve is");
    }

    /** Two British testers rewrote "If nothing changes, one in four new accounts leaves in year one". */
    @Test
    void aRateThatHoldsTodayGoesOnIfNothingChanges() {
        assertThat(letter(Language.EN, r -> r.withConsequences(List.of("one in four new accounts leaves in year one"))))
                .contains("If nothing changes, one in four new accounts will keep leaving in year one.");
        assertThat(EnglishOngoingRate.apply("2 out of 5 trial customers churn before renewal"))
                .isEqualTo("2 out of 5 trial customers will keep churning before renewal");
        assertThat(EnglishOngoingRate.apply("one of the big three leaves next year")).as("no rate: as typed")
                .isEqualTo("one of the big three leaves next year");
        assertThat(EnglishOngoingRate.apply("one in four new accounts will leave")).as("a future already")
                .isEqualTo("one in four new accounts will leave");
    }

    /** The third round's English tester typed dashes where the card had a new line. */
    @Test
    void aDashEndsTheFirstClauseAndSetsOffATarget() {
        assertThat(letter(Language.EN, r -> r.withChallenge("losing mid-size accounts to cheaper 3PLs - account team "
                + "is reactive, they quote, they don't consult"))).contains("you are losing mid-size accounts to "
                + "cheaper 3PLs");
        assertThat(letter(Language.EN, r -> r.withHiringVision("someone who turns our top 40 accounts into partners "
                + "and builds the account plans the rest of the team copies - 10 new fleet accounts in the first 12 "
                + "months"))).contains("the rest of the team copies, with a target of 10 new fleet accounts in the "
                + "first 12 months").doesNotContain("copies –");
    }

    /** The fifth round's English tester: "… to the first renewal - full volume in 90 days, no first-year losses". */
    @Test
    void aTargetWithAFigureInsideAfterADashJoinsTheVision() {
        assertThat(letter(Language.EN, r -> r.withHiringVision("an account executive who owns the customer from the "
                + "first meeting to the first renewal - full volume in 90 days, no first-year losses")))
                .contains("to the first renewal, with a target of full volume in 90 days and no first-year losses");
    }

    /** A comma pair is "and" only where nothing says otherwise: an "and" of its own, or a qualifier after it. */
    @ParameterizedTest
    @ValueSource(strings = {"full volume in 90 days, no losses and no churn", "10 new accounts, mainly fleet"})
    void aTargetKeepsItsCommaWhenItHasAnAndOrTheCommaQualifies(String target) {
        assertThat(letter(Language.EN, r -> r.withHiringVision("someone who owns the customer - " + target)))
                .contains("with a target of " + target + " –");
    }

    /** The fifth round's English tester: "If nothing changes, two renewals lost this year (about £1.2m)." */
    @Test
    void aLossTypedWithItsTimeIsWhatHappened() {
        String text = letter(Language.EN, r -> r.withConsequences(List.of("Two renewals lost this year (about £1.2m)",
                "the board expects £4m of new business in 2027")));
        assertThat(text).contains("Two renewals were lost this year (about £1.2m).")
                .doesNotContain("If nothing changes, two renewals");
    }

    /** The fifth round's English tester: "after references – Tom at PeopleFirst takes them". */
    @Test
    void aStepTypedAsALabelAndAClauseIsTheLabelDoneByThatPerson() {
        assertThat(EnglishStepBy.mended("references - Tom at PeopleFirst takes them"))
                .isEqualTo("references by Tom at PeopleFirst");
        assertThat(EnglishStepBy.mended("reference checks, Tom runs them")).isEqualTo("reference checks by Tom");
        assertThat(EnglishStepBy.mended("a panel interview with Daniel Okafor")).as("no splice: as typed")
                .isEqualTo("a panel interview with Daniel Okafor");
        assertThat(letter(Language.EN, r -> r.withDecisionProcess(new DecisionProcess(
                "James Whitaker", List.of("References - Tom at PeopleFirst takes them"), null))))
                .contains("references by Tom at PeopleFirst").doesNotContain("takes them");
    }
}
