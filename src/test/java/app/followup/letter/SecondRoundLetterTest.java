package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.mail.EmailText;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.model.Term;
import app.followup.userfiles.TemplateLibrary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a native tester had to fix by hand in a realistic second-round letter (the corpus notes
 * *-decision-maker-second-round): the interviewer's "vi/we" pasted as the candidate's own, the decision listed among
 * the steps it comes after, an English title lowercased, an undated case repeating a plan row, and a second "og".
 */
class SecondRoundLetterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private static Notes secondRound(Language language) {
        return Samples.load(Path.of("src/test/resources/corpus",
                language.name().toLowerCase() + "-decision-maker-second-round.followup.json"));
    }

    private String letter(Notes notes) {
        return EmailText.of(composer.compose(notes, notes.rounds().size() - 1, DAY)).replace('\u00a0', ' ');
    }

    private static Notes withRound(Notes notes, Round r) {
        return new Notes(notes.version(), notes.language(), notes.candidate(), notes.employer(), notes.position(),
                notes.privateNotes(), List.of(r), notes.status(), notes.extras());
    }

    private static Round with(Round r, Stage stage, List<Step> milestones, List<Term> terms) {
        return new Round(r.date(), stage, r.participants(), r.challenge(), r.causes(), r.consequences(),
                r.hiringVision(), r.agreedToContinue(), r.decisionProcess(), r.evidence(), r.nextStep(), milestones,
                terms, r.privateNotes(), r.letter(), r.nudges(), r.extras());
    }

    private static Round last(Notes notes) {
        return notes.rounds().get(notes.rounds().size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theInterviewersOwnWordsAreSaidBackToThem(Language language) {
        String text = letter(secondRound(language));
        if (language == Language.NB) {
            assertThat(text).contains("Dere taper hyllemeter hos de tre store kjedene")
                    .contains("og at dere kommer for sent inn i kjedenes sortimentsrevisjoner")
                    .contains("Blir det ikke løst, mister dere Coop-kontrakten")
                    .doesNotContainPattern("(?i)\\b(vi taper|vi kommer|mister vi)\\b");
        } else {
            assertThat(text).contains("You are losing shelf space at the three big chains")
                    .contains("and you come in too late for the chains’ range reviews")
                    .contains("If nothing changes, you will lose the Tesco contract")
                    .contains("a KAM who owns your relationship with the three chains")
                    .contains("wins back your shelf space")
                    .doesNotContainPattern("(?i)\\b(we are losing|we come|we lose|our relationship)\\b");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NB|Vi taper hyllemeter, og kundene våre går til oss sist|Dere taper hyllemeter, og kundene deres går til dere sist",
        "NB|dere taper hyllemeter, og vårt lager er fullt|dere taper hyllemeter, og deres lager er fullt",
        "NB|salget falt i vår, og våre selgere slutter|salget falt i vår, og deres selgere slutter",
        "NB|Coop-vi og Vårt lager|Coop-vi og Deres lager",
        "EN|We were slow, and our clients left us for ours|You were slow, and your clients left you for yours",
        "EN|we're losing the US market ourselves|you're losing the US market yourselves",
        "EN|you are losing share|you are losing share"})
    void employerWordsTurnToTheReaderAndNothingElseDoes(Language language, String note, String expected) {
        assertThat(new EmployerWordsToReader(language).apply(note)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void avoidedWordsAreStillReplacedInTheEmployersWords(Language language) {
        Notes notes = secondRound(language);
        Round round = last(notes);
        Term term = language == Language.NB ? Term.of("butikkjedene", "kjedene") : Term.of("retailers", "chains");
        String text = letter(withRound(notes, with(round, round.stage(), round.milestones(), List.of(term))));
        assertThat(text).contains(language == Language.NB ? "Dere taper hyllemeter hos de tre store butikkjedene"
                : "You are losing shelf space at the three big retailers");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDecisionIsNotOneOfTheStepsItComesAfter(Language language) {
        String text = letter(secondRound(language));
        if (language == Language.NB) {
            assertThat(text).contains("Marianne, du tar den endelige beslutningen etter referansesjekk via Hovland "
                    + "Rekruttering og en casepresentasjon for ledergruppen. Jeg foreslår");
        } else {
            assertThat(text).contains("Mary, you make the final decision, after a reference check via Hollins "
                    + "Recruitment and a case presentation to the leadership team. I suggest");
        }
        // the plan still ends in the decision
        assertThat(text).containsAnyOf("– Endelig beslutning og tilbud (Marianne)", "– Final decision and offer (Mary)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Key Account Manager dagligvare|Key Account Manager dagligvare",
        "Head of Sales|Head of Sales",
        "KAM dagligvare|KAM dagligvare",
        "Salgssjef proff|salgssjef proff",
        "Salgsleder SMB|salgsleder SMB",
        "Regional salgssjef Østlandet|regional salgssjef Østlandet",
        "Salgssjef Nordvik|salgssjef Nordvik",
        "Account Executive|Account Executive",
        "Regional Sales Manager Norden|Regional Sales Manager Norden",
        "IT-konsulent Vestland|IT-konsulent Vestland",
        "B2B-selger|B2B-selger",
        "Daglig leder|daglig leder"})
    void aNorwegianSponsorLetterLowercasesOnlyATitleThatIsACommonNoun(String position, String inText) {
        Notes notes = secondRound(Language.NB);
        Round round = last(notes);
        Notes sponsor = withRound(new Notes(notes.version(), notes.language(), notes.candidate(), notes.employer(),
                position, notes.privateNotes(), notes.rounds(), notes.status(), notes.extras()),
                with(round, Stage.SPONSOR, List.of(), List.of()));
        String text = letter(sponsor);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith("– " + inText);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NB|Regional salgssjef Østlandet|om jobben som regional salgssjef Østlandet.",
        "EN|Regional Sales Manager|on the Regional Sales Manager role.",
        "EN|Key Account Manager|on the Key Account Manager role."})
    void theDecisionLetterWritesTheTitleAsTheLanguageDoes(Language language, String position, String inText) {
        Notes notes = secondRound(language);
        Notes retitled = new Notes(notes.version(), notes.language(), notes.candidate(), notes.employer(), position,
                notes.privateNotes(), notes.rounds(), notes.status(), notes.extras());
        assertThat(letter(retitled)).contains(inText);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDecisionLetterNamesThePosition(Language language) {
        assertThat(letter(secondRound(language))).contains(language == Language.NB
                ? "et forslag til plan frem mot en beslutning om jobben som Key Account Manager dagligvare."
                : "a plan to get us to a decision on the Key Account Manager grocery role.");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUndatedCaseAlreadyInThePlanIsNotPromisedAgain(Language language) {
        String text = letter(secondRound(language));
        assertThat(text).doesNotContain("Jeg sender en 90-dagersplan").doesNotContain("I will send you a 90-day plan")
                .containsAnyOf("– 90-dagersplan for de tre kjedene sendt til dere (meg)",
                        "– 90-day plan for the three chains sent to you both (me)");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUndatedCaseIsPresentedNotSent(Language language) {
        Notes notes = secondRound(language);
        Round round = last(notes);
        String text = letter(withRound(notes, with(round, round.stage(), List.of(), List.of())));
        assertThat(text).contains(language == Language.NB ? "Jeg presenterer en 90-dagersplan for de tre kjedene."
                : "I will present a 90-day plan for the three chains.")
                .doesNotContain("sender en 90-dagersplan").doesNotContain("send you a 90-day plan");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aConsequenceThatHoldsItsOwnAndStandsAsItsOwnSentence(Language language) {
        String text = letter(secondRound(language));
        if (language == Language.NB) {
            assertThat(text).contains("når den går ut i august. Fabrikken i Drammen går med overkapasitet, og styret "
                    + "vil se en plan før sommeren.").doesNotContain(", og fabrikken");
        } else {
            assertThat(text).contains("when it runs out in August. The Bradford plant runs with spare capacity, and "
                    + "the board wants to see a plan before the summer.").doesNotContain(", and the Bradford");
        }
    }

    @Test
    void twoConsequencesWithoutTheirOwnOgAreStillOneSentence() {
        Notes notes = secondRound(Language.NB);
        Round r = last(notes);
        Round plain = new Round(r.date(), r.stage(), r.participants(), r.challenge(), r.causes(),
                List.of("vi mister Coop-kontrakten", "fabrikken går med overkapasitet"), r.hiringVision(),
                r.agreedToContinue(), r.decisionProcess(), r.evidence(), r.nextStep(), r.milestones(),
                r.terminology(), r.privateNotes(), r.letter(), r.nudges(), r.extras());
        assertThat(letter(withRound(notes, plain)))
                .contains("Blir det ikke løst, mister dere Coop-kontrakten, og fabrikken går med overkapasitet.");
    }
}
