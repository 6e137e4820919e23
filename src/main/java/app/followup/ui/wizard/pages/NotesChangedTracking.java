package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.letter.LetterChanges;
import app.followup.letter.LetterComposer;
import app.followup.model.Notes;
import app.followup.ui.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What keeps an edited letter from silently falling behind the notes: the "base", the letter as written from the
 * notes when the user's edit began (or, for a file opened with an edit, when it was opened), and what has changed
 * in the letter the notes write since. The base lives in memory only, not in the notes file.
 */
final class NotesChangedTracking {
    /** Subject and body: what an edit changes, and what the base remembers. */
    record LetterText(String subject, String body) {
        static LetterText of(Letter letter) {
            return new LetterText(letter.subject(), letter.bodyText());
        }
    }

    private final Document document;
    private final LetterComposer composer;
    private final Supplier<LocalDate> today;
    private final BooleanSupplier compared;
    /** The letter as written from the notes when the user's edit began; null while the letter follows the notes. */
    private final ObjectProperty<LetterText> base = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<LetterChanges.Line>> changes = new ReadOnlyObjectWrapper<>(List.of());
    /** The last letter written from the notes, and what it was written from. */
    private LetterText generatedText;
    private Notes generatedFrom;
    private int generatedRound;
    private LocalDate generatedOn;

    /** @param compared whether the letter is compared with the notes now: edited, and not a sent letter */
    NotesChangedTracking(Document document, LetterComposer composer, Supplier<LocalDate> today,
                         BooleanSupplier compared) {
        this.document = document;
        this.composer = composer;
        this.today = today;
        this.compared = compared;
        // a change listener, not an invalidation one: it sees every change, whether or not anyone read the value
        base.addListener((o, was, now) -> update());
    }

    /**
     * The letter as the notes write it now. Typing in an edited letter changes only the round's {@code letter},
     * which the written letter does not depend on: the last one is reused, so that a keystroke in the editor does
     * not render the template again.
     */
    LetterText generated() {
        int index = document.roundIndex();
        Notes withoutEdit = document.notes().withRound(index, document.round().withLetter(null));
        LocalDate day = today.get();
        if (!withoutEdit.equals(generatedFrom) || index != generatedRound || !day.equals(generatedOn)) {
            generatedText = LetterText.of(composer.generate(document.notes(), index, day));
            generatedFrom = withoutEdit;
            generatedRound = index;
            generatedOn = day;
        }
        return generatedText;
    }

    /**
     * Compares the letter the notes write now with the base. A sent letter is left alone: it says what was sent,
     * and notes written afterwards are no reason to change it.
     */
    void update() {
        LetterText was = base.get();
        if (was == null || !document.isOpen() || !compared.getAsBoolean()) {
            changes.set(List.of());
            return;
        }
        LetterText now = generated();
        changes.set(now.equals(was) ? List.of()
                : LetterChanges.between(was.subject(), was.body(), now.subject(), now.body()));
    }

    /** From now on, changes are shown from this letter; null: the letter follows the notes, nothing to show. */
    void startFrom(LetterText letter) {
        base.set(letter);
    }

    /** From the letter the notes write now: when an edit begins, or the user keeps their letter. */
    void startFromNotes() {
        base.set(generated());
    }

    boolean started() {
        return base.get() != null;
    }

    /** What changed in the letter written from the notes since the edit began; empty when nothing did. */
    ReadOnlyObjectProperty<List<LetterChanges.Line>> changes() {
        return changes.getReadOnlyProperty();
    }
}
