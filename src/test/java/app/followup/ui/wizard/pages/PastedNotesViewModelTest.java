package app.followup.ui.wizard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Step;
import app.followup.pasted.SortedNotes;
import app.followup.ui.common.BackgroundRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The paste dialog's state, with a sorter the test gives: what it shows, what it would replace, when it fills. */
class PastedNotesViewModelTest {
    private static final Notes NORDLYS = Samples.load(Samples.NORDLYS);
    private static final SortedNotes CHALLENGE_ONLY = new SortedNotes(null, null, List.of(),
            "Vi vokser ikke i bedriftsmarkedet.", List.of("KAM-ene selger pris"), List.of(), null, null, List.of(),
            List.of(), null, List.of());
    private static final SortedNotes UNPLACED_ONLY = new SortedNotes(null, null, List.of(), null, List.of(),
            List.of(), null, null, List.of(), List.of(), null, List.of("Kaffe"));

    private final List<String> sortedTexts = new ArrayList<>();

    private PastedNotesViewModel dialog(Notes notes, Function<String, SortedNotes> sorter) {
        return new PastedNotesViewModel(notes, notes.rounds().size() - 1, text -> {
            sortedTexts.add(text);
            return sorter.apply(text);
        }, new BackgroundRunner.Immediate());
    }

    private static Notes empty() {
        return NORDLYS.withRound(0, Round.empty(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void nothingIsSortedAndNothingFilledUntilTextIsPasted() {
        PastedNotesViewModel dialog = dialog(empty(), text -> CHALLENGE_ONLY);
        assertThat(dialog.sortedProperty().get()).isEqualTo(SortedNotes.NOTHING);
        assertThat(dialog.givesAnything().get()).isFalse();
        assertThat(sortedTexts).isEmpty();

        dialog.pasted.set("Hvorfor: KAM-ene selger pris");
        assertThat(dialog.sortedProperty().get()).isEqualTo(CHALLENGE_ONLY);
        assertThat(dialog.givesAnything().get()).isTrue();

        dialog.pasted.set("  \n");
        assertThat(dialog.givesAnything().get()).as("text deleted again").isFalse();
    }

    @Test
    void linesThatFitNoFieldAloneFillNothing() {
        PastedNotesViewModel dialog = dialog(empty(), text -> UNPLACED_ONLY);
        dialog.pasted.set("Kaffe");
        assertThat(dialog.givesAnything().get()).isFalse();
    }

    @Test
    void aFieldWithTypedTextThatTheNotesWouldChangeIsNamed() {
        PastedNotesViewModel dialog = dialog(NORDLYS, text -> CHALLENGE_ONLY);
        dialog.pasted.set("notes");
        assertThat(dialog.replaced().get()).containsExactly("paste.field.challenge", "paste.field.causes");
        PastedNotesViewModel intoEmpty = dialog(empty(), text -> CHALLENGE_ONLY);
        intoEmpty.pasted.set("notes");
        assertThat(intoEmpty.replaced().get()).as("nothing typed, nothing replaced").isEmpty();
    }

    @Test
    void theSameTextAsTypedIsNoReplacement() {
        Round round = NORDLYS.rounds().get(0);
        SortedNotes same = new SortedNotes(null, null, List.of(), round.challenge(), round.causes(), List.of(),
                null, null, List.of(), List.of(), null, List.of());
        PastedNotesViewModel dialog = dialog(NORDLYS, text -> same);
        dialog.pasted.set("notes");
        assertThat(dialog.replaced().get()).isEmpty();
    }

    @Test
    void everyKindOfFieldIsNamedWhenReplaced() {
        SortedNotes all = new SortedNotes(null, null, List.of(), "c", List.of("c"), List.of("c"), "v", "Ingrid",
                List.of("s"), List.of(Evidence.of(EvidenceKind.CASE, "case")),
                Step.of("ringe", LocalDate.of(2026, 12, 4), Owner.ME), List.of());
        PastedNotesViewModel dialog = dialog(NORDLYS, text -> all);
        dialog.pasted.set("notes");
        assertThat(dialog.replaced().get()).containsExactly("paste.field.challenge", "paste.field.causes",
                "paste.field.consequences", "paste.field.vision", "paste.field.decisionMaker",
                "paste.field.steps", "paste.field.evidence", "paste.field.nextStep");
    }

    @Test
    void aSorterThatFailsFillsNothingAndSaysSo() {
        PastedNotesViewModel dialog = dialog(empty(), text -> {
            throw new UnsupportedOperationException("not built yet");
        });
        dialog.pasted.set("Hvorfor: KAM-ene selger pris");
        assertThat(dialog.failedProperty().get()).isTrue();
        assertThat(dialog.givesAnything().get()).isFalse();
    }

    @Test
    void whatIsFilledIsCountedForTheStatusLine() {
        PastedNotesViewModel dialog = dialog(empty(), text -> CHALLENGE_ONLY);
        dialog.pasted.set("notes");
        assertThat(dialog.what().parts()).containsExactly(new FilledFromNotes.Part("paste.part.challenge", 1),
                new FilledFromNotes.Part("paste.part.causes", 1));
        assertThat(dialog.filledInto(empty()).rounds().get(0).challenge())
                .isEqualTo("Vi vokser ikke i bedriftsmarkedet.");
    }

    /** Typing fast: sorts still waiting when a newer text comes are skipped, and an old result never shows. */
    @Test
    void onlyTheNewestTextIsSortedAndShown() {
        Queued queued = new Queued();
        PastedNotesViewModel dialog = new PastedNotesViewModel(empty(), 0, text -> {
            sortedTexts.add(text);
            return text.equals("abc") ? CHALLENGE_ONLY : UNPLACED_ONLY;
        }, queued);
        dialog.pasted.set("a");
        dialog.pasted.set("ab");
        dialog.pasted.set("abc");
        queued.runAll();
        assertThat(sortedTexts).containsExactly("abc");
        assertThat(dialog.sortedProperty().get()).isEqualTo(CHALLENGE_ONLY);
    }

    /** Background work held until the test runs it, in order, as the real worker thread would. */
    private static final class Queued implements BackgroundRunner {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            waiting.add(() -> new Immediate().run(work, onDone, onError));
        }

        @Override
        public void later(Runnable work, long delayMillis) {
            waiting.add(work);
        }

        void runAll() {
            waiting.forEach(Runnable::run);
        }
    }
}
