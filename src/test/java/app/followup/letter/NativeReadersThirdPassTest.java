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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The letter's last hand fixes from native readers and testers (issue 11, third pass): consequences typed as the
 * stakes ("The board expects …") said as facts instead of after "If nothing changes,", a small count right after a
 * date ("on Friday 4 December 2 referees"), a quoted vision joined to a target with "and" as if one picture, and
 * the round of the day before thanked for as "yesterday".
 */
class NativeReadersThirdPassTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(Language language, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(Stage.SPONSOR).withChallenge(
                language == Language.EN ? "we never get onto the retailers' contract freight"
                        : "vi mister de største kundene når avtalene skal fornyes"));
        return composer.compose(new Notes(1, language, null, null, null, null, List.of(round), null, null), 0,
                DAY.plusDays(3)).bodyText().replace('\u00a0', ' ');
    }

    private String english(UnaryOperator<Round> notes) {
        return letter(Language.EN, notes);
    }

    private String norwegian(UnaryOperator<Round> notes) {
        return letter(Language.NB, notes);
    }

    @Test
    void whatIsExpectedOrComingIsSaidAsAFactWithNoIfNothingChanges() {
        String text = english(r -> r.withConsequences(List.of(
                "The board expects 4 million pounds of new contract revenue in the 2027 plan",
                "Two of the top ten retailers are moving to a single-supplier tender next spring")));
        assertThat(text).contains("The board expects 4 million pounds of new contract revenue in the 2027 plan, and "
                + "two of the top ten retailers are moving to a single-supplier tender next spring.")
                .doesNotContain("If nothing changes");
    }

    @Test
    void aRealOutcomeStaysUnderTheConditionalAfterTheStakes() {
        String text = english(r -> r.withConsequences(List.of("we miss the £4m new-business target",
                "Tesco will tender its contract freight next spring", "they expect a plan from sales by March")));
        // the outcome first, so "nothing" is the challenge, not the tender just named
        assertThat(text).contains("If nothing changes, you will miss the £4m new-business target. Tesco will tender "
                + "its contract freight next spring, and you expect a plan from sales by March.");
        // a need to do something, and an outcome with a condition, are no facts
        assertThat(english(r -> r.withConsequences(List.of("we need to cut the Leeds depot"))))
                .contains("If nothing changes, you need to cut the Leeds depot.");
        assertThat(english(r -> r.withConsequences(List.of("margin drops below 4% next year",
                "the board will question the expansion of the Leeds depot"))))
                .contains("If nothing changes, margin drops below 4% next year, and the board will question the "
                        + "expansion of the Leeds depot.");
    }

    @Test
    void norwegianSaysWhatIsRequiredOrPlannedBeforeBlirDetIkkeLost() {
        String text = norwegian(r -> r.withConsequences(List.of("vi har mistet 9 av de 50 største kundene i år",
                "budsjettet for 2027 krever 25 millioner i økt omsetning fra eksisterende kunder",
                "styret vil ha en plan for kundeutvikling før sommeren")));
        assertThat(text).contains("Dere har mistet 9 av de 50 største kundene i år. Budsjettet for 2027 krever 25 "
                + "millioner i økt omsetning fra eksisterende kunder, og styret vil ha en plan for kundeutvikling før "
                + "sommeren.").doesNotContain("Blir det ikke løst");
        String renewals = norwegian(r -> r.withConsequences(List.of(
                "Tre av de ti største kundene skal fornye i 2027, til sammen 40 millioner i omsetning",
                "vi mister kunder til konkurrentene")));
        assertThat(renewals).contains("Blir det ikke løst, mister dere kunder til konkurrentene. Tre av de ti "
                + "største kundene skal fornye i 2027, til sammen 40 millioner i omsetning.")
                .doesNotContain("betyr det at tre");
    }

    @Test
    void aSmallCountAfterADateIsAWordSoItDoesNotReadAsTheDate() {
        String text = english(r -> r.withEvidence(List.of(
                new Evidence(EvidenceKind.RESULTS, "my sales figures against target", LocalDate.of(2026, 12, 2),
                        null, null),
                new Evidence(EvidenceKind.REFERENCES, "2 referees - one ex-manager, one customer",
                        LocalDate.of(2026, 12, 4), null, null))));
        assertThat(text).contains("On Wednesday 2 December I will send you my sales figures against target, and on "
                + "Friday 4 December the names of two referees – one ex-manager, one customer.").doesNotContain("December 2 ");
        // a unit keeps its figure, and so does a count compared with a larger one
        String units = english(r -> r.withEvidence(List.of(new Evidence(EvidenceKind.RESULTS,
                "3 million pounds of renewals I won, 3 of the 12 tenders", LocalDate.of(2026, 12, 2), null, null))));
        assertThat(units).contains("send you 3 million pounds of renewals I won, 3 of the 12 tenders");
    }

    @Test
    void aQuotedVisionAndItsTargetAreNotJoinedAsOnePicture() {
        Participant steve = Participant.of("Steve Hollins", null, "s@x.example", Role.SPONSOR).withAddressee(true);
        String text = english(r -> r.withParticipants(List.of(steve)).withHiringVision("Steve: \"someone who'll get on "
                + "the phone and get in front of fleet managers\" - 10 new fleet accounts with 5+ vans in year 1"));
        assertThat(text).contains("You pictured “someone who’ll get on the phone and get in front of fleet managers”, "
                + "with a target of 10 new fleet accounts with 5+ vans in year 1 – that is the job I want")
                .doesNotContain("” and 10");
        Participant siri = Participant.of("Siri Dahl", null, "s@x.example", Role.SPONSOR).withAddressee(true);
        assertThat(norwegian(r -> r.withParticipants(List.of(siri)).withHiringVision("Siri: \"en som tar telefonen "
                + "og kommer seg ut til kundene\" - 3 nye avtaler innen Q3"))).contains("Du så for deg «en som tar "
                + "telefonen og kommer seg ut til kundene», med et mål om tre nye avtaler innen Q3 – det er den "
                + "jobben jeg vil ha");
    }

    @Test
    void theRoundTheDayBeforeTheLettersDateIsYesterdayAndOnlyThat() {
        for (Language language : Language.values()) {
            Round round = Round.empty(DAY).withStage(Stage.DECISION_MAKER).withChallenge("we never win the tenders")
                    .withCauses(List.of(language == Language.EN ? "nobody owns the bids" : "ingen eier anbudene"));
            Notes notes = new Notes(1, language, null, null, null, null, List.of(round), null, null);
            assertThat(composer.compose(notes, 0, DAY.plusDays(1)).bodyText())
                    .contains(language == Language.EN ? "Thank you for your time yesterday." : "Takk for møtet i går.");
            assertThat(composer.compose(notes, 0, DAY.plusDays(2)).bodyText())
                    .contains(language == Language.EN ? "Thank you for your time on Saturday." : "Takk for møtet lørdag.");
        }
    }

    /** The 01:35 English tester's hand fix: "you will lose …, and the £4m target … is missed and the depot … is put on hold". */
    @Test
    void aPassiveOutcomeIsInTheFutureAndANotesTwoOutcomesAreTwoItems() {
        String text = english(r -> r.withChallenge("New business in the North West has been flat for 18 months")
                .withConsequences(List.of("We lose another two or three of our top 30 accounts at the April renewals",
                        "The £4m new-business target in the 2027 plan is missed and the second depot in Leeds is put "
                                + "on hold")));
        assertThat(text).contains("If nothing changes, you will lose another two or three of your top 30 accounts at "
                + "the April renewals, the £4m new-business target in the 2027 plan will be missed, and the second "
                + "depot in Leeds will be put on hold.");
        assertThat(english(r -> r.withChallenge("Margins are thin")
                .withConsequences(List.of("The team is based in Leeds and is expected to cover Scotland"))))
                .as("a state stays as typed").contains("is based in Leeds and is expected to cover Scotland");
    }
}
