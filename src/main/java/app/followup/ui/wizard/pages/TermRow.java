package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Extras;
import app.followup.model.Term;
import java.util.Arrays;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Their word, and the candidate's words to avoid, typed as a comma-separated list. */
public final class TermRow implements EditableRow<Term> {
    public final StringProperty theirs = new SimpleStringProperty("");
    public final StringProperty avoid = new SimpleStringProperty("");
    private final Extras extras;

    public TermRow() {
        this(new Term(null, null, Extras.NONE));
    }

    TermRow(Term term) {
        theirs.set(PageViewModel.orEmpty(term.theirs()));
        avoid.set(String.join(", ", term.avoid()));
        extras = term.extras();
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {theirs, avoid};
    }

    @Override
    public Term toRecord() {
        return new Term(PageViewModel.emptyToNull(theirs.get()), Arrays.stream(avoid.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList(), extras);
    }
}
