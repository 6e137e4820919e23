package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.TestNotes;
import app.followup.Samples;
import app.followup.letter.Addressing;
import app.followup.letter.GivenNames;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Candidate;
import app.followup.model.EditedLetter;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.PrivateNotes;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each advice code: a case that raises it and a near case that must not. The samples raise no false alarm. */
class AdvisorTest {
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 26);
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));
    private final Advisor advisor = new Advisor(Language.EN);

    private static Notes sample() {
        return Samples.load(Samples.NORDLYS);
    }

    private List<String> codes(Notes notes, LocalDate today) {
        int last = notes.rounds().size() - 1;
        return advisor.check(notes, last, today, COMPOSER.compose(notes, last, today)).stream()
                .map(a -> a.code().key()).toList();
    }

    private List<String> codes(UnaryOperator<Round> change) {
        return codes(TestNotes.nordlys().lastRound(change).build(), INTERVIEW);
    }

    private static Round sent(Round round) {
        return round.withLetter(new EditedLetter(null, null, INTERVIEW, Extras.NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nordlys-key-account-manager", "harbour-analytics-account-executive",
        "vestland-energi-salgssjef"})
    void completeTimelySamplesRaiseNoWarningsOrErrors(String name) {
        Notes notes = Samples.load(Path.of("samples", name + ".followup.json"));
        LocalDate today = notes.rounds().get(notes.rounds().size() - 1).date();
        assertThat(codes(notes, today)).containsExactly("letter-due-today");
    }

    /** The reviewed corpus: letters that read right must not draw any of these. */
    @ParameterizedTest
    @ValueSource(strings = {"en-decision-maker-addressee", "en-sponsor-avoided-words", "en-sponsor-noun-phrases",
        "en-sponsor-sparse", "en-sponsor-two-addressees", "nb-decision-maker-addressee",
        "nb-decision-maker-two-addressees", "nb-sponsor-avoided-words", "nb-sponsor-employer-step",
        "nb-sponsor-evidence-kinds", "nb-sponsor-sparse", "nb-sponsor-two-addressees"})
    void theCorpusRaisesNoFalseAlarm(String name) {
        Notes notes = Samples.load(Path.of("src/test/resources/corpus", name + ".followup.json"));
        LocalDate today = notes.rounds().get(notes.rounds().size() - 1).date();
        assertThat(codes(notes, today)).doesNotContain("salary-mentioned", "private-leak", "evidence-date-conflict",
                "greeting-name-unknown", "next-step-in-past", "letter-over-one-page", "letter-too-long",
                "milestone-in-past", "term-avoided", "glyph-missing");
    }

    @Test
    void deadlines() {
        assertThat(codes(sample(), INTERVIEW)).contains("letter-due-today");
        assertThat(codes(sample(), INTERVIEW.plusDays(1))).contains("letter-due-today").doesNotContain("letter-overdue");
        assertThat(codes(sample(), INTERVIEW.plusDays(2))).contains("letter-overdue").doesNotContain("letter-due-today");
        Notes sentNotes = TestNotes.nordlys().lastRound(AdvisorTest::sent).build();
        assertThat(codes(sentNotes, INTERVIEW.plusDays(5))).doesNotContain("letter-overdue", "letter-due-today");
        assertThat(codes(sample(), INTERVIEW.minusDays(1))).as("before the interview").doesNotContain("letter-due-today");
        Notes lastYear = sample().withRound(0, sample().rounds().get(0).withDate(LocalDate.of(2026, 12, 30)));
        assertThat(advisor.check(lastYear, 0, LocalDate.of(2027, 1, 4), COMPOSER.compose(lastYear, 0,
                LocalDate.of(2027, 1, 4)))).filteredOn(a -> a.code().key().equals("letter-overdue")).singleElement()
                .as("a date of another year keeps its year")
                .satisfies(a -> assertThat(a.line()).contains("by 31 December 2026."));
    }

    @Test
    void theDeathPositionAndTheNextStep() {
        assertThat(codes(r -> r.withNextStep(null))).contains("no-next-step");
        assertThat(codes(r -> r.withNextStep(Step.of("  ", INTERVIEW, Owner.ME)))).contains("no-next-step");
        assertThat(codes(r -> r.withNextStep(Step.of("Dere ringer meg", null, Owner.EMPLOYER))))
                .contains("next-step-owned-by-employer").doesNotContain("no-next-step");
        assertThat(codes(r -> r.withNextStep(Step.of("Dere ringer meg", INTERVIEW.plusDays(3), Owner.EMPLOYER))))
                .as("the letter already says when I call if I have not heard from them")
                .doesNotContain("next-step-owned-by-employer", "no-next-step", "next-step-without-date");
        assertThat(codes(r -> r.withNextStep(Step.of("Jeg ringer deg", null, Owner.ME))))
                .contains("next-step-without-date").doesNotContain("next-step-owned-by-employer");
        assertThat(codes(r -> r)).doesNotContain("no-next-step", "next-step-owned-by-employer", "next-step-without-date");
    }

    @Test
    void aNextStepDatedInThePast() {
        Step monday = Step.of("Jeg ringer deg", INTERVIEW.minusDays(3), Owner.ME);
        assertThat(codes(r -> r.withNextStep(monday))).contains("next-step-in-past");
        assertThat(codes(r -> r.withStage(Stage.DECISION_MAKER).withNextStep(monday))).as("any stage")
                .contains("next-step-in-past");
        assertThat(codes(r -> r.withNextStep(monday.withDate(INTERVIEW)))).as("today is not past")
                .doesNotContain("next-step-in-past");
        assertThat(codes(r -> sent(r.withNextStep(monday)))).as("a sent letter's next step is history")
                .doesNotContain("next-step-in-past");
        Notes notes = sample();
        assertThat(codes(notes, LocalDate.of(2026, 12, 2))).as("--today after the step's date")
                .contains("next-step-in-past");
        List<Advice> advice = advisor.check(notes, 0, LocalDate.of(2026, 12, 2), COMPOSER.compose(notes, 0,
                LocalDate.of(2026, 12, 2)));
        assertThat(advice).filteredOn(a -> a.code().key().equals("next-step-in-past")).singleElement()
                .satisfies(a -> assertThat(a.line()).isEqualTo("WARN next-step-in-past: The next step \"Jeg ringer "
                        + "deg for å avtale møtet med Lise Moe\" is dated 1 December, which has passed. Give it "
                        + "a date ahead."));
    }

    @Test
    void greetedByAGivenName() {
        UnaryOperator<Participant> rename = p -> new Participant("P. O. Moe", p.title(), p.organisation(),
                p.email(), p.role(), p.addressee(), null, p.extras());
        assertThat(codes(r -> r.withParticipants(List.of(rename.apply(r.participants().get(0))))))
                .contains("greeting-name-unknown");
        assertThat(codes(r -> r.withParticipants(List.of(rename.apply(r.participants().get(0))
                .withGreetingName("Per Olav"))))).as("greetingName says it").doesNotContain("greeting-name-unknown");
        Participant gatekeeper = Participant.of("Dr. Berg", null, "berg@nordlys.example", Role.GATEKEEPER);
        assertThat(codes(r -> r.withParticipants(List.of(r.participants().get(0), gatekeeper))))
                .as("only the people greeted").doesNotContain("greeting-name-unknown");
        Participant noName = new Participant(" ", null, null, "x@nordlys.example", Role.SPONSOR, true, null,
                Extras.NONE);
        assertThat(codes(r -> r.withParticipants(List.of(noName)))).contains("greeting-name-unknown");
    }

    @Test
    void signedWithTheCandidatesName() {
        Notes anonymous = sample().withCandidate(new Candidate("  ", "kari@example.no", null, List.of(),
                Extras.NONE));
        List<Advice> advice = advisor.check(anonymous, 0, INTERVIEW, COMPOSER.compose(anonymous, 0, INTERVIEW));
        assertThat(advice).filteredOn(a -> a.code().key().equals("no-signature")).singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo(Level.ERROR));
        assertThat(codes(sample(), INTERVIEW)).doesNotContain("no-signature");
    }

    @Test
    void aLetterOverOnePage() {
        Notes notes = sample();
        var letter = COMPOSER.compose(notes, 0, INTERVIEW);
        assertThat(new Advisor(Language.EN, l -> OptionalInt.of(2)).check(notes, 0, INTERVIEW, letter))
                .filteredOn(a -> a.code().key().equals("letter-over-one-page")).singleElement()
                .satisfies(a -> assertThat(a.line()).startsWith("WARN letter-over-one-page: The letter runs to 2 pages."));
        assertThat(new Advisor(Language.EN, l -> OptionalInt.of(1)).check(notes, 0, INTERVIEW, letter))
                .extracting(a -> a.code().key()).doesNotContain("letter-over-one-page");
        assertThat(new Advisor(Language.EN, l -> OptionalInt.empty()).check(notes, 0, INTERVIEW, letter))
                .as("not known yet").extracting(a -> a.code().key()).doesNotContain("letter-over-one-page");
        Notes long_ = TestNotes.of(notes).lastRound(r -> edited(r, "Et langt avsnitt om partnere.\n\n".repeat(60)))
                .build();
        assertThat(codes(long_, INTERVIEW)).as("laid out as the PDF export does").contains("letter-over-one-page");
    }

    /** Rule 1: a plan of more than five rows may take a second page; a tester's eight-row letter was told to cut. */
    @Test
    void aPlanOfMoreThanFiveRowsMayTakeASecondPage() {
        Notes notes = Samples.load(Path.of(
                "src/test/resources/corpus/en-decision-maker-steps-name-addressee.followup.json"));
        LocalDate today = notes.rounds().get(0).date();
        var letter = COMPOSER.compose(notes, 0, today);
        assertThat(new Advisor(Language.EN, l -> OptionalInt.of(2)).check(notes, 0, today, letter))
                .extracting(a -> a.code().key()).doesNotContain("letter-over-one-page");
        Round fiveRows = notes.rounds().get(0).withMilestones(notes.rounds().get(0).milestones().subList(3, 5));
        Notes shorter = notes.withRound(0, fiveRows);
        assertThat(new Advisor(Language.EN, l -> OptionalInt.of(2)).check(shorter, 0, today,
                COMPOSER.compose(shorter, 0, today))).extracting(a -> a.code().key()).contains("letter-over-one-page");
    }

    @Test
    void theProgressPlanForTheDecisionMaker() {
        assertThat(codes(r -> r.withStage(Stage.DECISION_MAKER))).contains("milestones-missing");
        assertThat(codes(r -> r)).as("sponsor letters have no plan").doesNotContain("milestones-missing");
        List<Step> plan = List.of(Step.of("Referanser sendt", INTERVIEW.plusDays(2), Owner.ME),
                Step.of("Beslutning", INTERVIEW.plusDays(9), Owner.EMPLOYER));
        assertThat(codes(r -> r.withStage(Stage.DECISION_MAKER).withMilestones(plan)))
                .doesNotContain("milestones-missing", "milestone-in-past", "no-decision-milestone");
        assertThat(codes(r -> r.withStage(Stage.DECISION_MAKER).withMilestones(List.of(plan.get(0)))))
                .contains("no-decision-milestone");
        List<Step> late = List.of(Step.of("Referanser sendt", INTERVIEW.minusDays(2), Owner.ME), plan.get(1));
        assertThat(codes(r -> r.withStage(Stage.DECISION_MAKER).withMilestones(late))).contains("milestone-in-past");
        assertThat(codes(r -> sent(r.withStage(Stage.DECISION_MAKER).withMilestones(late))))
                .as("a sent letter's plan is history").doesNotContain("milestone-in-past");
    }

    @Test
    void recipients() {
        Participant noEmail = Participant.of("Eva Berg", null, null, Role.GATEKEEPER);
        Participant badEmail = Participant.of("Per Li", null, "per.li@rekrutt", Role.RECRUITER);
        assertThat(codes(r -> r.withParticipants(List.of(r.participants().get(0), noEmail))))
                .contains("participant-without-email").doesNotContain("invalid-email", "no-addressee");
        assertThat(codes(r -> r.withParticipants(List.of(r.participants().get(0), badEmail))))
                .contains("invalid-email").doesNotContain("participant-without-email");
        assertThat(codes(r -> r.withParticipants(List.of(noEmail)))).contains("no-addressee");
        assertThat(codes(r -> r.withParticipants(List.of()))).contains("no-addressee");
        assertThat(codes(r -> r)).doesNotContain("participant-without-email", "invalid-email", "no-addressee");
    }

    private static Round edited(Round round, String body) {
        return round.withLetter(new EditedLetter("Takk for samtalen", body, null, Extras.NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lønnsforventningen min er 850 000 kr.", "Jeg forventer en lønn på nivå med markedet.",
        "My salary expectation is open.", "I expect £85,000 base.", "Lønnsforventning 750 000.", "OTE 1.2M.",
        "Fastlønn og provisjon passer meg."})
    void salaryInASponsorLetter(String sentence) {
        assertThat(codes(r -> edited(r, "Hei Ola,\n\n" + sentence + "\n\nHilsen Kari"))).contains("salary-mentioned");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lønnsomheten i kanalen har falt.", "Dere har 12 000 kunder.", "Grunnlagt i 2000.",
        "Dere selger lønnsmodulen til nye kunder.", "Ring meg på 915 22 480.", "Rundt 900 000 NOK i ny omsetning.",
        "Please pay attention to the 90-day plan.", "De 40 største partnerne."})
    void noSalaryFalseAlarms(String sentence) {
        assertThat(codes(r -> edited(r, "Hei Ola,\n\n" + sentence + "\n\nHilsen Kari"))).doesNotContain("salary-mentioned");
    }

    @Test
    void theEmployersNameAndThePositionAreNotTalkOfPay() {
        Notes notes = sample().withEmployer(new Employer("Lønnsomt Regnskap AS", List.of(), Extras.NONE))
                .withPosition("Key Account Manager lønn og HR");
        Notes mentioned = TestNotes.of(notes).lastRound(r -> edited(r,
                "Hei Ola,\n\nTakk for praten hos Lønnsomt Regnskap om jobben som key account manager lønn og HR."))
                .build();
        assertThat(codes(mentioned, INTERVIEW)).doesNotContain("salary-mentioned");
        assertThat(codes(notes, INTERVIEW)).doesNotContain("salary-mentioned");
    }

    @Test
    void theSalaryMessageQuotesWhatWasFound() {
        Notes notes = TestNotes.nordlys().lastRound(r -> edited(r, "Hei Ola,\n\nLønnsforventning 750 000.")).build();
        assertThat(new Advisor(Language.NB).check(notes, 0, INTERVIEW, COMPOSER.compose(notes, 0, INTERVIEW)))
                .filteredOn(a -> a.code().key().equals("salary-mentioned")).singleElement().satisfies(a -> {
                    assertThat(a.level()).isEqualTo(Level.ERROR);
                    assertThat(a.message()).startsWith("Brevet nevner lønn («Lønnsforventning 750 000»).");
                });
    }

    @Test
    void salaryIsForTheDecisionMakerStageAtTheEarliest() {
        assertThat(codes(r -> edited(r.withStage(Stage.DECISION_MAKER), "Lønnen diskuterer vi gjerne nå.")))
                .doesNotContain("salary-mentioned");
    }

    @Test
    void privateNotesNeverLeak() {
        assertThat(codes(r -> edited(r, "Hei Ola, godt inntrykk av teamet.")))
                .as("the application's notes").contains("private-leak");
        assertThat(codes(r -> edited(r, "Hei Ola, jeg vil utvikle de 40 største partnerne.")))
                .as("the core task").contains("private-leak");
        assertThat(codes(r -> edited(r, "Hei Ola, jeg tror Ola virket presset på budsjett."))).contains("private-leak");
        assertThat(codes(r -> edited(r, "Hei Ola, jeg tror Ola virket\npresset  på\u00a0budsjett.")))
                .as("split across a line break, two spaces, a non-breaking space").contains("private-leak");
        assertThat(codes(r -> edited(r, "Hei Ola,\n\nGodt\ninntrykk av\tteamet, sa du."))).contains("private-leak");
        assertThat(codes(r -> edited(r, "Hei Ola, jeg vil ut\u00advikle de 40 største partnerne.")))
                .as("a soft hyphen").contains("private-leak");
        assertThat(codes(r -> r)).doesNotContain("private-leak");
        Notes tiny = sample().withPrivateNotes(new PrivateNotes("ja", null, null, null, null, Extras.NONE));
        assertThat(codes(tiny, INTERVIEW)).as("values too short to recognise").doesNotContain("private-leak");
    }

    @Test
    void aPrivateValueTheEmployerSaidThemselvesIsNoLeak() {
        // the British reader's core task "new contract customers" was also the employer's hiring vision
        assertThat(codes(r -> edited(r.withHiringVision("En KAM som vil utvikle de 40 største partnerne"),
                "Hei Ola, jeg vil utvikle de 40 største partnerne.")))
                .doesNotContain("private-leak");
    }

    /**
     * The checklist keeps one Advisor while the user types, and its checks remember what they read last: each step
     * of an editing session must get exactly the advice a new Advisor gives, whichever input changed.
     */
    @Test
    void anAdvisorKeptWhileTypingAdvisesAsANewOne() {
        Notes start = sample();
        List<Notes> session = List.of(start,
                TestNotes.of(start).lastRound(r -> edited(r, "Hei Ola,\n\nLønnsforventning 750 000.")).build(),
                TestNotes.of(start).lastRound(r -> edited(r, "Hei Ola,\n\nLønnsforventning 750 000.")).build()
                        .withEmployer(new Employer("Lønnsforventning AS", List.of(), Extras.NONE)),
                TestNotes.of(start).lastRound(r -> edited(r, "Hei Ola,\n\nGodt inntrykk av teamet.")).build(),
                TestNotes.of(start).lastRound(r -> edited(r, "Hei Ola,\n\nGodt inntrykk av teamet.")).build()
                        .withPrivateNotes(new PrivateNotes(null, null, null, null, "Noe helt annet", Extras.NONE)),
                TestNotes.of(start).lastRound(r -> edited(r, "Hei Ola,\n\nKundene i Midt-Norge.")).build(),
                TestNotes.of(start)
                        .lastRound(r -> edited(r.withTerminology(List.of()), "Hei Ola,\n\nKundene i Midt-Norge."))
                        .build(),
                start);
        Advisor kept = new Advisor(Language.NB, letter -> OptionalInt.of(1));
        for (Notes notes : session) {
            int last = notes.rounds().size() - 1;
            var letter = COMPOSER.compose(notes, last, INTERVIEW);
            assertThat(kept.check(notes, last, INTERVIEW, letter)).as(notes.employer().name())
                    .isEqualTo(new Advisor(Language.NB, l -> OptionalInt.of(1)).check(notes, last, INTERVIEW, letter));
        }
        assertThat(session.stream().map(notes -> codes(notes, INTERVIEW)).toList()).as("the session covers them")
                .anySatisfy(codes -> assertThat(codes).contains("salary-mentioned"))
                .anySatisfy(codes -> assertThat(codes).contains("private-leak"))
                .anySatisfy(codes -> assertThat(codes).contains("term-avoided"));
    }

    @Test
    void theirWords() {
        Notes notes = TestNotes.nordlys()
                .lastRound(r -> edited(r, "Hei Ola,\n\nKundene i Midt-Norge og KUNDER ellers.")).build();
        List<Advice> advice = advisor.check(notes, 0, INTERVIEW, COMPOSER.compose(notes, 0, INTERVIEW));
        assertThat(advice).filteredOn(a -> a.code() == AdviceCode.TERM_AVOIDED).extracting(Advice::message)
                .containsExactly(
                "The letter says \"Kundene\" where the interviewer says \"partnerne\". Use their words.",
                "The letter says \"KUNDER\" where the interviewer says \"partnere\". Use their words.");
        assertThat(codes(r -> edited(r, "Hei Ola, om stillingen."))).contains("term-avoided", "term-unused");
        assertThat(codes(r -> r)).doesNotContain("term-avoided", "term-unused");
        assertThat(codes(r -> edited(r.withTerminology(List.of()), "Hei Ola."))).doesNotContain("term-unused");
    }

    @Test
    void charactersThePdfCannotShow() {
        assertThat(codes(r -> r.withChallenge("Partnerkanalen vokser ikke 漢字"))).contains("glyph-missing");
        assertThat(codes(r -> r.withChallenge("Partnerkanalen – «vokser» ikke, æøå ÆØÅ é ü ✓ → العربية 😀"))).doesNotContain("glyph-missing");
        assertThat(codes(r -> r.withChallenge("Null\u200bbredde og\u0007kontroll"))).as("invisible or spaces")
                .doesNotContain("glyph-missing");
    }

    @Test
    void lengthContentAndMatch() {
        assertThat(codes(r -> edited(r, "ord ".repeat(301)))).as("a sponsor letter over 300 words")
                .contains("letter-too-long");
        assertThat(codes(r -> edited(r, "ord ".repeat(299) + "partnere"))).doesNotContain("letter-too-long");
        assertThat(codes(r -> edited(r, "- ord\n".repeat(150) + "| ord | ord |\n".repeat(50) + "partnere")))
                .as("list and table markup are not words").doesNotContain("letter-too-long");
        assertThat(codes(r -> edited(r.withStage(Stage.DECISION_MAKER), "ord ".repeat(340) + "partnere")))
                .as("a decision-maker letter carries its plan: 350 words").doesNotContain("letter-too-long");
        assertThat(codes(r -> edited(r.withStage(Stage.DECISION_MAKER), "ord ".repeat(351))))
                .contains("letter-too-long");
        assertThat(codes(r -> r.withChallenge(" "))).contains("missing-challenge");
        assertThat(codes(r -> r.withHiringVision(null))).contains("missing-hiring-vision");
        Notes poor = sample().withPrivateNotes(new PrivateNotes(null, null, 2, 5, null, Extras.NONE));
        assertThat(codes(poor, INTERVIEW)).contains("poor-match");
        Notes fair = sample().withPrivateNotes(new PrivateNotes(null, null, 3, 3, null, Extras.NONE));
        assertThat(codes(fair, INTERVIEW)).doesNotContain("poor-match");
    }

    @Test
    void errorsComeFirstAndMessagesFollowTheLanguage() {
        Notes notes = TestNotes.nordlys().lastRound(r -> edited(r, "Lønn: 850 000").withNextStep(null)).build();
        List<Advice> advice = new Advisor(Language.NB).check(notes, 0, INTERVIEW.plusDays(3),
                COMPOSER.compose(notes, 0, INTERVIEW.plusDays(3)));
        assertThat(advice.get(0).level()).isEqualTo(Level.ERROR);
        assertThat(advice).extracting(Advice::level).isSorted();
        assertThat(advice).filteredOn(a -> a.code().key().equals("no-next-step")).singleElement()
                .satisfies(a -> assertThat(a.line()).startsWith("WARN no-next-step: Ingen neste steg"));
    }

    @Test
    void aParticipantWithoutANameIsNamedByPlaceNotByAQuestionMark() {
        Notes notes = TestNotes.nordlys().lastRound(r -> r.withParticipants(List.of(r.participants().get(0),
                r.participants().get(1).withName(null).withEmail(null)))).build();
        assertThat(advisor.check(notes, 0, INTERVIEW, COMPOSER.compose(notes, 0, INTERVIEW)))
                .filteredOn(a -> a.code() == AdviceCode.PARTICIPANT_WITHOUT_EMAIL).extracting(Advice::message)
                .containsExactly("Participant 2 has no email address and will not get the letter.");
    }

    /**
     * A step that names the addressee where the letter cannot say "deg" for certain keeps the name, and check says
     * so; the steps it could turn ("med David og Helen Marsh") raise nothing.
     */
    @Test
    void anAddresseeLeftNamedInTheStepsIsNamedByCheck() {
        Notes notes = Samples.load(Path.of(
                "src/test/resources/corpus/nb-decision-maker-steps-name-one-addressee.followup.json"));
        Round round = notes.rounds().get(0);
        LocalDate today = round.date();
        assertThat(codes(notes, today)).doesNotContain("addressee-named");
        List<String> steps = new java.util.ArrayList<>(round.decisionProcessOrEmpty().steps());
        steps.add("Styret godkjenner David sitt forslag");
        Notes changed = notes.withRound(0, round.withDecisionProcess(
                new app.followup.model.DecisionProcess("David Ødegård", steps, Extras.NONE)));
        List<app.followup.advice.Advice> advice = advisor.check(changed, 0, today,
                COMPOSER.compose(changed, 0, today));
        assertThat(advice).filteredOn(a -> a.code().key().equals("addressee-named")).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("Styret godkjenner David sitt forslag",
                        "David Ødegård"));
    }

    /**
     * A reader's 306-word sponsor letter drew no length advice: its dates ("Monday 30 November") are kept on one
     * line with no-break spaces, and were counted as one word each.
     */
    @Test
    void wordsJoinedByNoBreakSpacesAreCountedOneByOne() {
        String call = "On Monday\u00A030\u00A0November I will call. ";
        String body = "Dear Ola,\n\n" + "word ".repeat(50);
        assertThat(codes(r -> edited(r, body + call.repeat(40)))).as("2 + 50 + 40 × 6 words and the signature")
                .contains("letter-too-long");
        assertThat(codes(r -> edited(r, body + call.repeat(35)))).as("2 + 50 + 35 × 6 words and the signature")
                .doesNotContain("letter-too-long");
    }

    /**
     * A note about the company that names an addressee where the letter cannot say "you" for certain is named on the
     * challenge page; one the letter says "you" for ("so Rachel cannot forecast" in English) is not.
     */
    @Test
    void anAddresseeLeftNamedInTheNotesIsNamedByCheckOnTheChallengePage() {
        Notes english = Samples.load(Path.of(
                "src/test/resources/corpus/en-decision-maker-brightwave-trial.followup.json"));
        LocalDate day = english.rounds().get(0).date();
        assertThat(codes(english, day)).doesNotContain("addressee-named", "note-fragment");
        Round round = english.rounds().get(0).withCauses(List.of("The pipeline is thin, so Rachel cannot forecast for James"));
        Notes named = english.withRound(0, round);
        assertThat(advisor.check(named, 0, day, COMPOSER.compose(named, 0, day)))
                .filteredOn(a -> a.code() == AdviceCode.ADDRESSEE_NAMED).singleElement()
                .satisfies(a -> {
                    assertThat(a.field()).isEqualTo(Field.CHALLENGE);
                    assertThat(a.message()).contains("The pipeline is thin, so Rachel cannot forecast for James",
                            "Rachel O'Neill", "\"we\"");
                });
        // a hurried line the letter mends and turns ("you are doing forecasts yourself") is not named
        Round hurried = english.rounds().get(0).withCauses(List.of(
                "Rachel doing forecasts herself on top of running the team"));
        Notes mended = english.withRound(0, hurried.withParticipants(List.of(hurried.participants().get(0))));
        assertThat(COMPOSER.compose(mended, 0, day).bodyText()).contains("you are doing forecasts yourself");
        assertThat(codes(mended, day)).doesNotContain("addressee-named");
        // in Norwegian to two addressees, "du" would not say which of them
        Notes two = Samples.load(Path.of("src/test/resources/corpus/nb-sponsor-two-addressees.followup.json"));
        Round first = two.rounds().get(0);
        assertThat(Addressing.of(first.participants()).addressees()).hasSize(2);
        String given = GivenNames.of(Addressing.of(first.participants()).addressees().get(0));
        Notes norwegian = two.withRound(0, first.withCauses(List.of(
                "Det er ingen pipeline i CRM, så " + given + " kan ikke lage prognoser")));
        assertThat(codes(norwegian, first.date())).contains("addressee-named");
    }
}
