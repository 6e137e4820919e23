package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Language;
import app.followup.model.Stage;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 1: employer, position, the interview's date and stage, the letter's language. */
public final class InterviewPageViewModel extends PageViewModel {
    public final StringProperty employer = notesText(n -> n.employer().name(),
            (n, v) -> n.withEmployer(n.employer().withName(v)));
    public final StringProperty employerAddress = notesLines(n -> n.employer().address(),
            (n, v) -> n.withEmployer(n.employer().withAddress(v)));
    public final StringProperty position = notesText(n -> n.position(), (n, v) -> n.withPosition(v));
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SPONSOR);
    public final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.NB);

    public InterviewPageViewModel(Document document) {
        super(document);
        onLoad(() -> {
            date.set(document.round().date());
            stage.set(document.round().stageOrDefault());
            language.set(document.notes().languageOrDefault());
        });
        // the round's date can be set elsewhere too: the participants page takes an invitation's date
        document.notesProperty().addListener(o -> {
            LocalDate inNotes = document.isOpen() && !isLoading() ? document.round().date() : null;
            if (inNotes != null && !inNotes.equals(date.get())) {
                date.set(inNotes);
            }
        });
        date.addListener((o, old, now) -> {
            if (now != null) {
                edit(r -> r.withDate(now));
            }
        });
        stage.addListener((o, old, now) -> edit(r -> r.withStage(now)));
        language.addListener((o, old, now) -> editNotes(n -> n.withLanguage(now)));
    }

    @Override
    public String key() {
        return "step.interview";
    }

    @Override
    public ObservableBooleanValue filled() {
        return notBlank(employer).and(notBlank(position)).and(date.isNotNull());
    }

    /** The notes file needs every round's date. */
    @Override
    public ObservableBooleanValue valid() {
        return date.isNotNull();
    }
}
