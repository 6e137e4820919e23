package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.TestNotes;
import app.followup.advice.Advice;
import app.followup.advice.Advisor;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Term;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Their words in a whole letter written from the notes, and what {@code check} says about what is left. */
class TermsInLetterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));

    private static Notes nordlys(String challenge, List<Term> terms) {
        return TestNotes.nordlys().lastRound(round -> round.withChallenge(challenge).withTerminology(terms)).build();
    }

    private static String text(Letter letter) {
        return letter.subject() + "\n" + letter.bodyText();
    }

    @Test
    void everyFormInTheNotesIsTheirsInTheLetter() {
        Notes notes = nordlys("Klientbasen ligger hos hver selger, og klientene i Midt-Norge får ett KLIENTMØTE i året.",
                List.of(Term.of("partnere", "klienter")));
        String letter = text(COMPOSER.compose(notes, 0, TODAY));
        assertThat(letter).contains("Partnerbasen ligger hos hver selger, og partnerne i Midt-Norge får ett "
                + "PARTNERMØTE i året").doesNotContainIgnoringCase("klient");
    }

    @Test
    void aCapitalDottedIInTheNotesOrTheTermsComposesAndReplaces() {
        Notes notes = nordlys("KLİENTENE kjøper mindre, og İstanbul-kontoret også.",
                List.of(Term.of("partnere", "klİenter"), Term.of("İnternett", "nett")));
        String letter = text(COMPOSER.compose(notes, 0, TODAY));
        assertThat(letter).contains("PARTNERNE kjøper mindre, og İstanbul-kontoret også");
    }

    @Test
    void checkNamesTheFormsTheLetterCouldNotReplace() {
        Notes notes = nordlys("Klientene er fornøyde, men hver klient vil ha mer.",
                List.of(Term.of("de 40 største partnerne", "klientene")));
        Letter letter = COMPOSER.compose(notes, 0, TODAY);
        assertThat(text(letter)).contains("De 40 største partnerne er fornøyde, men hver klient vil ha mer.");
        List<Advice> advice = new Advisor(Language.NB).check(notes, 0, TODAY, letter);
        assertThat(advice).filteredOn(a -> a.code().key().equals("term-avoided")).extracting(Advice::message)
                .containsExactly("Brevet sier «klient», en form av et ord intervjueren ikke bruker; FollowUp kunne "
                        + "ikke sette inn deres «de 40 største partnerne» med sikkerhet. Skriv det om.");
    }

    @Test
    void namesKeepTheirSpellingWhenTheySpellAnAvoidedWord() {
        Notes notes = TestNotes.nordlys().employer("Partnere Norge").lastRound(round -> round
                .withChallenge("Partnere Norge gir partnerne i Midt-Norge ett møte i året.")
                .withTerminology(List.of(Term.of("forhandlere", "partnere")))).build();
        Letter letter = COMPOSER.compose(notes, 0, TODAY);
        assertThat(text(letter)).contains("Partnere Norge gir forhandlerne i Midt-Norge")
                .doesNotContain("Forhandlere Norge");
        assertThat(new Advisor(Language.NB).check(notes, 0, TODAY, letter))
                .noneMatch(a -> a.code().key().equals("term-avoided"));
    }
}
