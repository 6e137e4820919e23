package app.followup.ui;

import app.followup.ui.common.I18n;
import app.followup.model.Candidate;
import app.followup.model.Employer;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.PrivateNotes;
import app.followup.model.Round;
import app.followup.model.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open application and the round being looked at: the one piece of state the wizard's pages share. The notes
 * are immutable; every edit replaces them, so the letter preview and the file always see one consistent version.
 * {@link #reloadsProperty()} ticks when the pages must read their fields again (a file opened, a round switched).
 */
public final class Document {
    private final ObjectProperty<Notes> notes = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final IntegerProperty roundIndex = new SimpleIntegerProperty();
    private final IntegerProperty reloads = new SimpleIntegerProperty();
    private final IntegerProperty saves = new SimpleIntegerProperty();

    public Document() {
        roundIndex.addListener((o, old, now) -> reloads.set(reloads.get() + 1));
    }

    /** A new application for the candidate, one empty round on the given day. */
    public void startNew(Candidate candidate, Language language, LocalDate today) {
        replace(new Notes(Notes.CURRENT_VERSION, language, candidate, Employer.EMPTY, null, PrivateNotes.EMPTY,
                List.of(Round.empty(today)), null, null), null);
    }

    /** A file without rounds opens with one empty round on {@code today}, so that every page has a round to edit. */
    public void opened(Notes opened, Path from, LocalDate today) {
        Notes usable = opened.rounds().isEmpty() ? opened.withRounds(List.of(Round.empty(today))) : opened;
        replace(usable, from);
    }

    private void replace(Notes newNotes, Path from) {
        int last = newNotes.rounds().size() - 1;
        if (roundIndex.get() > last) {
            // the new notes' listeners read their round at the round index: never one the new notes lack (a file
            // of one round opened over the second round of another failed to open)
            roundIndex.set(last);
        }
        notes.set(newNotes);
        file.set(from);
        dirty.set(false);
        if (roundIndex.get() == last) {
            reloads.set(reloads.get() + 1);
        } else {
            roundIndex.set(last);
        }
    }

    /** Unsaved work brought back after a crash: shown as the file it came from, still to be saved. */
    public void restored(Notes recovered, Path from, LocalDate today) {
        opened(recovered, from, today);
        dirty.set(true);
    }

    /** The snapshot was written to the file; edits made while it was being written stay unsaved. */
    public void saved(Path to, Notes snapshot) {
        file.set(to);
        dirty.set(notes.get() != snapshot);
        saves.set(saves.get() + 1);
    }

    public boolean isOpen() {
        return notes.get() != null;
    }

    public Notes notes() {
        return notes.get();
    }

    public Round round() {
        return notes.get().rounds().get(roundIndex.get());
    }

    public int roundIndex() {
        return roundIndex.get();
    }

    public void showRound(int index) {
        roundIndex.set(index);
    }

    public void update(UnaryOperator<Notes> change) {
        Notes changed = change.apply(notes.get());
        if (!changed.equals(notes.get())) {
            notes.set(changed);
            dirty.set(true);
        }
    }

    /**
     * A change made outside the pages' fields, to many of them at once (notes pasted and sorted into the round): an
     * edit like any other, and the pages read their fields again.
     */
    public void updateAndReload(UnaryOperator<Notes> change) {
        update(change);
        reloads.set(reloads.get() + 1);
    }

    public void updateRound(UnaryOperator<Round> change) {
        int index = roundIndex.get();
        update(n -> n.withRound(index, change.apply(n.rounds().get(index))));
    }

    /**
     * A value the program fills in for the user (a suggestion shown on a page): in the notes, so that the letter
     * has it, but not an edit of the file. The file is changed only by the user's own edits, and a save writes the
     * suggestion with them.
     */
    public void suggestRound(UnaryOperator<Round> change) {
        int index = roundIndex.get();
        Notes now = notes.get();
        notes.set(now.withRound(index, change.apply(now.rounds().get(index))));
    }

    /** Appends the next interview as a copy of the last one and shows it. */
    public void addRound(LocalDate date, Stage stage) {
        update(n -> n.withNewRound(date, stage));
        roundIndex.set(notes.get().rounds().size() - 1);
    }

    public ReadOnlyObjectProperty<Notes> notesProperty() {
        return notes;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyIntegerProperty roundIndexProperty() {
        return roundIndex;
    }

    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads;
    }

    /**
     * Ticks after each save, once the file is where the notes now are: what is remembered per file (the PDF saved
     * from the letter) follows the notes to a first save or a "Save as", which an open does not.
     */
    public ReadOnlyIntegerProperty savesProperty() {
        return saves;
    }

    /** "FollowUp - name.followup.json*", the star while there are unsaved changes. */
    public StringBinding title(I18n i18n) {
        return Bindings.createStringBinding(() -> {
            if (notes.get() == null) {
                return i18n.get("app.title");
            }
            String name = i18n.fileName(file.get());
            return i18n.get("app.title") + " - " + name + (dirty.get() ? "*" : "");
        }, notes, file, dirty, i18n.localeProperty());
    }
}
