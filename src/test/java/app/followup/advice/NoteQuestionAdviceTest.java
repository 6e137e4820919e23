package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.model.EditedLetter;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A reader's evidence held a question to themselves, "(Warburtons buyer?)", and the letter asked the employer. */
class NoteQuestionAdviceTest {
    private static final Evidence REFEREES = new Evidence(EvidenceKind.REFERENCES,
            "2 referees - one ex manager, one customer (Warburtons buyer?) by 4th Dec", LocalDate.of(2026, 12, 4),
            null, Extras.NONE);

    private static List<String> lines(UnaryOperator<Round> change) {
        Notes sample = Samples.load(Samples.HARBOUR);
        Notes notes = sample.withRound(0, change.apply(sample.rounds().get(0)));
        LocalDate today = notes.rounds().get(0).date();
        return new Advisor(Language.EN, letter -> OptionalInt.empty())
                .check(notes, 0, today, LetterComposer.standard().compose(notes, 0, today)).stream()
                .filter(a -> a.code() == AdviceCode.NOTE_QUESTION).map(Advice::line).toList();
    }

    /** The composer leaves such an aside out; a letter the user edited may still hold it. */
    @Test
    void aQuestionToYourselfThatReachesTheLetter() {
        assertThat(lines(r -> r.withEvidence(List.of(REFEREES)).withLetter(new EditedLetter("Thank you",
                "Dear Sarah,\n\nOn Friday I will send you 2 referees – one ex manager, one customer (Warburtons "
                        + "buyer?).", null, Extras.NONE)))).containsExactly("WARN note-question: The letter "
                + "says \"(Warburtons buyer?)\", a question you asked yourself in the notes. Find out the answer and "
                + "write it, or take it out.");
    }

    @Test
    void noQuestionOrOneTheLetterLeftOutIsFine() {
        // the generated letter drops the aside (PrivateAside), so there is nothing to advise on
        assertThat(lines(r -> r.withEvidence(List.of(REFEREES)))).isEmpty();
        assertThat(lines(r -> r.withEvidence(List.of(REFEREES.withDetail("2 referees (ex manager, Warburtons buyer)")))))
                .isEmpty();
        assertThat(lines(r -> r.withEvidence(List.of(REFEREES)).withLetter(new EditedLetter("Thank you",
                "Dear Sarah,\n\nTwo referees by Friday.", null, Extras.NONE)))).isEmpty();
    }
}
