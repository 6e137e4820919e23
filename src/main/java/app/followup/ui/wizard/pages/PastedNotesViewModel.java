package app.followup.ui.wizard.pages;

import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.pasted.SortedNotes;
import app.followup.ui.common.BackgroundRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Paste your notes" dialog's state: the text pasted or typed, where each part of it goes (sorted again off the
 * JavaFX thread as the text changes, only the newest text's result shown), and which fields of the round already
 * hold text that filling in would replace.
 */
public final class PastedNotesViewModel {
    public final StringProperty pasted = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SortedNotes> sorted = new ReadOnlyObjectWrapper<>(SortedNotes.NOTHING);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final BooleanBinding givesAnything;
    private final ObjectBinding<List<String>> replaced;
    private final AtomicLong request = new AtomicLong();
    private final Notes notes;
    private final int round;
    private final Function<String, SortedNotes> sorter;
    private final BackgroundRunner background;

    /**
     * @param notes  the notes as they are when the dialog opens: what filling in would replace
     * @param round  the round being filled in
     * @param sorter the sorter, with the letter's language and the round's day already given
     */
    public PastedNotesViewModel(Notes notes, int round, Function<String, SortedNotes> sorter,
                                BackgroundRunner background) {
        this.notes = notes;
        this.round = round;
        this.sorter = sorter;
        this.background = background;
        givesAnything = Bindings.createBooleanBinding(
                () -> FilledFromNotes.of(notes, round, sorted.get()).fillsAField(), sorted);
        replaced = Bindings.createObjectBinding(() -> replacedBy(sorted.get()), sorted);
        pasted.addListener(o -> sort());
    }

    /** Where the text's parts go, as the text stood when last sorted; {@link SortedNotes#NOTHING} before that. */
    public ReadOnlyObjectProperty<SortedNotes> sortedProperty() {
        return sorted.getReadOnlyProperty();
    }

    /** The sorter failed on the text: nothing is filled in, and the dialog says so. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Whether "Fill in the pages" has a field to fill in: not while nothing of the text is sorted into one. */
    public BooleanBinding givesAnything() {
        return givesAnything;
    }

    /** The fields (bundle keys of their names) whose text, typed before, filling in would replace. */
    public ObjectBinding<List<String>> replaced() {
        return replaced;
    }

    /** These notes with the sorted text filled into the round. */
    public Notes filledInto(Notes current) {
        return sorted.get().into(current, round);
    }

    /** What filling in gives the round, for the status line. */
    public FilledFromNotes what() {
        return FilledFromNotes.of(notes, round, sorted.get());
    }

    private void sort() {
        String text = pasted.get();
        long mine = request.incrementAndGet();
        if (text.isBlank()) {
            show(mine, SortedNotes.NOTHING, false);
            return;
        }
        background.run(() -> mine == request.get() ? sorter.apply(text) : null,
                result -> {
                    if (result != null) {
                        show(mine, result, false);
                    }
                },
                error -> show(mine, SortedNotes.NOTHING, true));
    }

    private void show(long mine, SortedNotes result, boolean didFail) {
        if (mine == request.get()) {
            sorted.set(result);
            failed.set(didFail);
        }
    }

    private List<String> replacedBy(SortedNotes notesGiven) {
        Round now = notes.rounds().get(round);
        List<String> keys = new ArrayList<>();
        replaces(now.challenge(), notesGiven.challenge(), "paste.field.challenge", keys);
        replaces(now.causes(), notesGiven.causes(), "paste.field.causes", keys);
        replaces(now.consequences(), notesGiven.consequences(), "paste.field.consequences", keys);
        replaces(now.hiringVision(), notesGiven.hiringVision(), "paste.field.vision", keys);
        replaces(now.decisionProcessOrEmpty().decisionMaker(), notesGiven.decisionMaker(),
                "paste.field.decisionMaker", keys);
        replaces(now.decisionProcessOrEmpty().steps(), notesGiven.decisionSteps(), "paste.field.steps", keys);
        replaces(now.evidence(), notesGiven.evidence(), "paste.field.evidence", keys);
        replaces(now.nextStep(), notesGiven.nextStep(), "paste.field.nextStep", keys);
        return List.copyOf(keys);
    }

    private static void replaces(Object before, Object given, String key, List<String> keys) {
        if (typed(before) && typed(given) && !Objects.equals(before, given)) {
            keys.add(key);
        }
    }

    private static boolean typed(Object value) {
        return value instanceof String text ? !text.isBlank()
                : value instanceof List<?> list ? !list.isEmpty() : value != null;
    }
}
