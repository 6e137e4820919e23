package app.followup.ui.wizard.pages;

import javafx.geometry.Pos;
import app.followup.ui.controls.SendControl;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** Page 9: the letter to read and edit, and its actions; the wizard shows its true PDF beside it. */
public final class LetterPageView {
    /** How long typing must pause before the PDF page is drawn again. */
    static final Duration PREVIEW_PAUSE = Duration.millis(60);
    private static final double EDITOR_MIN_HEIGHT = 260;

    private final Forms forms;
    private final I18n i18n;
    private final LetterPageViewModel vm;

    public LetterPageView(Forms forms, LetterPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
        PauseTransition pause = new PauseTransition(PREVIEW_PAUSE);
        pause.setOnFinished(e -> vm.refreshPreview());
        vm.letterProperty().addListener(o -> pause.playFromStart());
    }

    public Node page() {
        Label state = new Label();
        state.setId("letter-state");
        state.textProperty().bind(Bindings.when(vm.editedBinding())
                .then(i18n.text("letter.edited")).otherwise(i18n.text("letter.generated")));
        state.getStyleClass().add("hint");
        Label sent = new Label();
        sent.setId("letter-sent");
        sent.textProperty().bind(vm.sentText());
        sent.getStyleClass().add("sent-mark");
        Button reset = button("letter-reset", "letter.reset", vm::backToGenerated);
        reset.disableProperty().bind(vm.editedBinding().not());
        Button undo = button("letter-undo-reset", "letter.undoReset", vm::undoBackToGenerated);
        undo.visibleProperty().bind(vm.canUndoBackToGenerated());
        undo.managedProperty().bind(undo.visibleProperty());
        Button notSent = button("letter-unmark-sent", "letter.unmarkSent", vm::unmarkSent);
        notSent.visibleProperty().bind(vm.sentText().isNotEmpty());
        notSent.managedProperty().bind(notSent.visibleProperty());
        CheckBox perParticipant = new CheckBox();
        perParticipant.setId("one-per-participant");
        perParticipant.textProperty().bind(i18n.text("letter.onePerParticipant"));
        perParticipant.selectedProperty().bindBidirectional(vm.onePerParticipant);
        perParticipant.setWrapText(true);
        perParticipant.setMinHeight(Region.USE_PREF_SIZE);
        Button showPdf = button("show-pdf", "letter.showPdf", vm::showPdfInFolder);
        showPdf.disableProperty().bind(vm.savedPdfProperty().isNull());
        FlowPane files = new FlowPane(8, 8,
                button("save-pdf", "letter.savePdf", vm::savePdf), showPdf,
                button("save-reminders", "letter.saveReminders", vm::saveReminders),
                button("mark-sent", "letter.markSent", vm::markSent));
        TextArea editor = forms.area("letter-body", vm.body, 22);
        // a dozen lines at least, also at 1024×700: the page scrolls to its buttons rather than squeeze the letter
        editor.setMinHeight(EDITOR_MIN_HEIGHT);
        SendControl send = new SendControl(vm.send(), i18n);
        send.setId("letter-send");
        HBox letterState = new HBox(12, state, sent, notSent);
        letterState.setAlignment(Pos.CENTER_LEFT);
        return forms.page("step.letter", letterState,
                forms.field("letter.subject", forms.text("letter-subject", vm.subject)),
                forms.field("letter.body", editor), new HBox(8, reset, undo), files,
                forms.section("letter.sendTitle"), send, perParticipant);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
