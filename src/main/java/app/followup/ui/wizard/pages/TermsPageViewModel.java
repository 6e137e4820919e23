package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.controls.RowList;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Term;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/** Page 7: the interviewer's words, and the candidate's own words the letter should avoid. */
public final class TermsPageViewModel extends PageViewModel {
    private final RowList<Term, TermRow> terms =
            new RowList<>(TermRow::new, list -> edit(r -> r.withTerminology(list)));

    public TermsPageViewModel(Document document) {
        super(document);
        onLoad(() -> terms.load(document.round().terminology()));
    }

    public RowList<Term, TermRow> terms() {
        return terms;
    }

    /** "Add as their word" from text selected anywhere: a new row, unless the word is already there. */
    public void addTheirWord(String selected) {
        String word = selected == null ? "" : selected.strip();
        if (word.isEmpty() || terms.rows().stream().anyMatch(r -> r.theirs.get().equalsIgnoreCase(word))) {
            return;
        }
        TermRow row = new TermRow();
        row.theirs.set(word);
        terms.add(row);
    }

    @Override
    public String key() {
        return "step.terms";
    }

    @Override
    public ObservableBooleanValue filled() {
        return Bindings.createBooleanBinding(() -> terms.rows().stream().anyMatch(r -> !r.theirs.get().isBlank()),
                terms.rows());
    }
}
