package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Term;
import java.util.Arrays;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Their word, and the candidate's words to avoid, typed as a comma-separated list. */
public final class TermRow implements EditableRow<Term> {
    public final StringProperty theirs = new SimpleStringProperty("");
    public final StringProperty avoid = new SimpleStringProperty("");
    /** What the row was loaded from, for the fields the table does not show. */
    private final Term original;

    public TermRow() {
        this(Term.EMPTY);
    }

    TermRow(Term term) {
        theirs.set(PageViewModel.orEmpty(term.theirs()));
        avoid.set(String.join(", ", term.avoid()));
        original = term;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {theirs, avoid};
    }

    @Override
    public Term toRecord() {
        return original.withTheirs(PageViewModel.emptyToNull(theirs.get())).withAvoid(Arrays.stream(avoid.get()
                .split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
