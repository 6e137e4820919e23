package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.TestNotes;
import app.followup.letter.LetterComposer;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Readers' letters where the word to avoid is the tail of the interviewer's own word: a form of their word is
 * never an avoided word, and it counts as their word being used.
 */
class TheirWordsAdviceTest {
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 26);

    private static List<Advice> advice(List<Term> terms, String body) {
        Notes notes = TestNotes.nordlys().lastRound(r -> r.withTerminology(terms)
                .withLetter(new EditedLetter("Takk for samtalen", body, null, Extras.NONE))).build();
        return new Advisor(Language.NB, letter -> OptionalInt.empty()).check(notes, 0, INTERVIEW,
                LetterComposer.standard().compose(notes, 0, INTERVIEW));
    }

    private static List<String> lines(List<Term> terms, String body) {
        return advice(terms, body).stream().filter(a -> a.code().key().startsWith("term-")).map(Advice::line)
                .toList();
    }

    @Test
    void theirWordWhoseTailIsTheAvoidedWordIsNeitherAvoidedNorUnused() {
        assertThat(lines(List.of(Term.of("innkjøpere", "kunder", "kjøpere")),
                "Hei Ola,\n\nFor lite møter med innkjøperne, og møte med hver innkjøper hvert kvartal.")).isEmpty();
        assertThat(lines(List.of(Term.of("fagsykepleiere", "sykepleiere", "brukere")),
                "Hei Ola,\n\nFagsykepleierne kjenner dem ikke.")).isEmpty();
        assertThat(lines(List.of(Term.of("bedriftskunder", "B2B-kunder", "kunder")),
                "Hei Ola,\n\nBedriftskundene går over til fastpris, dere har mistet 1200 bedriftskunder.")).isEmpty();
    }

    @Test
    void theAvoidedWordItselfIsStillFound() {
        assertThat(lines(List.of(Term.of("innkjøpere", "kunder", "kjøpere")),
                "Hei Ola,\n\nFor lite møter med kjøperne."))
                .contains("WARN term-avoided: Brevet sier «kjøperne» der intervjueren sier «innkjøperne». "
                        + "Bruk intervjuerens ord.");
        assertThat(lines(List.of(Term.of("innkjøpere", "kjøpere")), "Hei Ola,\n\nOm stillingen."))
                .containsExactly("INFO term-unused: Ingen av intervjuerens ord (innkjøpere) står i brevet. "
                        + "Bruk intervjuerens ord for å vise at dere er samkjørte.");
    }

    /** "AE-ene selger til IT": the verb, after a plural subject and before a preposition, is no seller. */
    @Test
    void theVerbSpelledAsTheAvoidedNounIsLeftAlone() {
        List<Term> terms = List.of(Term.of("AE-ene", "selgerne"));
        assertThat(lines(terms, "Hei Ola,\n\nAE-ene selger til IT, og de selger ikke til økonomidirektøren."))
                .noneMatch(line -> line.startsWith("WARN"));
        assertThat(lines(terms, "Hei Ola,\n\nDere trenger en selger til IT-avdelingen."))
                .anyMatch(line -> line.startsWith("WARN term-avoided: Brevet sier «selger»"));
    }
}
