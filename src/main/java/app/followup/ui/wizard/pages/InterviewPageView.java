package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.model.Language;
import app.followup.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Page 1: what the invitation gives, employer, position, date, stage and the letter's language. Layout only: every value is bound to the view-model. */
public final class InterviewPageView {
    private final Forms forms;
    private final InterviewPageViewModel vm;
    private final Runnable pasteNotes;

    /** @param pasteNotes "Paste your notes…", offered beside the invitation's button */
    public InterviewPageView(Forms forms, InterviewPageViewModel vm, Runnable pasteNotes) {
        this.forms = forms;
        this.vm = vm;
        this.pasteNotes = pasteNotes;
    }

    public Node page() {
        DatePicker date = forms.date();
        date.setId("interview-date");
        date.valueProperty().bindBidirectional(vm.date);
        GridPane grid = Forms.columns(2, 16);
        // first on the page: a tester typed employer, position and address that the invitation already held
        grid.add(fromInvitation(), 0, 0, 2, 1);
        // employer, position and address each the page's whole width: in half of it at 1024 pixels a reopened
        // file showed "orthgate Software Ltd" and "Regional Sales Manage", and the address two of its three lines
        grid.add(forms.field("field.employer", forms.text("employer", vm.employer)), 0, 1, 2, 1);
        grid.add(forms.field("field.position", forms.text("position", vm.position)), 0, 2, 2, 1);
        TextArea address = forms.area("employer-address", vm.employerAddress, 4);
        // four lines in sight, the page scrolls rather than squeeze them
        address.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(forms.field("field.employerAddress", address), 0, 3, 2, 1);
        ComboBox<Language> language = forms.choice("language", Language.class, vm.language,
                l -> "language." + l.code());
        // "Norwegian (bokmål)" in full, even when half the page is narrow
        language.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(forms.field("field.date", date), 0, 4);
        // the stage's choices are long ("Sponsor, dørvokter eller rekrutterer"): the whole width, not half of it
        // both in the room is the hesitation: the hint says which to choose, and what the choice changes
        grid.add(new VBox(4, forms.field("field.stage", forms.choice("stage", Stage.class, vm.stage,
                s -> "stage." + s.code())), forms.hint("stage.hint")), 0, 5, 2, 1);
        grid.add(forms.field("field.language", language), 0, 6, 2, 1);
        return forms.page("step.interview", forms.glossaryLink(), grid);
    }

    /**
     * The invitation's button and the notes' one, what the first reads, and after it was used what it filled in, so
     * that nothing changes unseen.
     */
    private Node fromInvitation() {
        I18n i18n = forms.i18n();
        Button button = new Button();
        button.setId("interview-from-invitation");
        button.textProperty().bind(i18n.text("interview.fromInvitation"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> vm.fillFromInvitation());
        Label done = new Label();
        done.setId("interview-filled");
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        done.getStyleClass().add("hint");
        done.textProperty().bind(Bindings.createStringBinding(() -> said(i18n, vm.filledFromInvitationProperty().get()),
                vm.filledFromInvitationProperty(), i18n.localeProperty()));
        done.visibleProperty().bind(done.textProperty().isNotEmpty());
        done.managedProperty().bind(done.visibleProperty());
        Label hint = forms.hint("interview.fromInvitation.hint");
        hint.visibleProperty().bind(done.visibleProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        // the two ways to fill pages from what is already written, side by side; under each other when narrow
        FlowPane buttons = new FlowPane(8, 8, button,
                PasteNotesButton.of(forms, "interview-paste-notes", pasteNotes, vm.notesStillToWrite()));
        return new VBox(4, buttons, hint, done);
    }

    private static String said(I18n i18n, FilledFromInvitation fill) {
        if (fill == null) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(fill.filled().isEmpty() ? i18n.get("interview.filled.none")
                : i18n.get("interview.filled", parts(i18n, fill.filled())));
        if (!fill.kept().isEmpty()) {
            sentences.add(i18n.get("interview.kept", parts(i18n, fill.kept())));
        }
        sentences.add(i18n.get("interview.peopleAdded", fill.peopleAdded()));
        return String.join(" ", sentences);
    }

    private static String parts(I18n i18n, List<String> keys) {
        return keys.stream().map(i18n::get).collect(Collectors.joining(", "));
    }
}
