package app.followup.ui.wizard.pages;

import app.followup.letter.TableRowsReadBack;
import app.followup.ui.controls.WrappingField;
import app.followup.ui.controls.ReservedMessage;
import app.followup.ui.controls.SendControl;
import app.followup.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TextInputControl;

/** Page 9: the letter to read and edit, and its actions; the wizard shows its true PDF beside it. */
public final class LetterPageView {
    /** How long typing must pause before the PDF page is drawn again. */
    static final Duration PREVIEW_PAUSE = Duration.millis(60);
    private static final double EDITOR_MIN_HEIGHT = 260;
    private static final PseudoClass SENT = PseudoClass.getPseudoClass("sent");
    /** "Sendt 28. november 2026. Dette er brevet slik det ble sendt." in bold takes two lines at 1024×700. */
    private static final int SENT_LINES = 2;

    private final Forms forms;
    private final I18n i18n;
    private final LetterPageViewModel vm;
    private LetterActions actions;

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
        // a sent letter says so instead, in the same place: what it was written from no longer matters
        state.visibleProperty().bind(vm.sent().sentText().isEmpty());
        Label sent = new ReservedMessage(SENT_LINES);
        sent.setId("letter-sent");
        sent.textProperty().bind(vm.sent().sentText());
        sent.getStyleClass().add("sent-mark");
        Button editAnyway = button("letter-edit-anyway", "letter.editAnyway", vm.sent()::editAnyway);
        editAnyway.visibleProperty().bind(vm.sent().readOnly());
        Button reset = button("letter-reset", "letter.reset", vm::backToGenerated);
        reset.disableProperty().bind(vm.editedBinding().not());
        Button undo = button("letter-undo-reset", "letter.undoReset", vm::undoBackToGenerated);
        undo.visibleProperty().bind(vm.canUndoBackToGenerated());
        reset.visibleProperty().bind(undo.visibleProperty().not());
        Button notSent = button("letter-unmark-sent", "letter.unmarkSent", vm.sent()::unmarkSent);
        notSent.visibleProperty().bind(vm.sent().sentText().isNotEmpty());
        CheckBox perParticipant = new CheckBox();
        perParticipant.setId("one-per-participant");
        perParticipant.textProperty().bind(i18n.text("letter.onePerParticipant"));
        perParticipant.selectedProperty().bindBidirectional(vm.exports().onePerParticipant);
        perParticipant.setWrapText(true);
        perParticipant.setMinHeight(Region.USE_PREF_SIZE);
        SendControl send = new SendControl(vm.send(), i18n);
        send.setId("letter-send");
        // "Copy the link" comes with the answer, after the page scrolled to the send area: in sight again with it
        vm.send().unopenedLinkProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                Platform.runLater(() -> ScrollIntoView.whole(send));
            }
        });
        // how sending went comes after the page scrolled to the send area, and a long answer ("attach … .pdf from
        // the folder …") wrapped past the window's bottom at 1280×800: the whole of it in sight
        vm.send().messageProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            Node message = send.lookup("#send-message");
            if (message != null) {
                ScrollIntoView.wholeIfCut(message);
            }
        }));
        // what opening the folder says (nothing could open it: attach the PDF from …) is said under the send
        // buttons, further down the page: shown, not left out of sight as if nothing happened
        Button showPdf = button("show-pdf", "letter.showPdf", () -> {
            vm.outOfDate().showPdfInFolder();
            Platform.runLater(() -> ScrollIntoView.whole(send));
        });
        showPdf.disableProperty().bind(vm.exports().savedPdf().isNull());
        // saving the PDF itself is in the bottom bar (LetterActions), with sending and marking as sent
        FlowPane files = new FlowPane(8, 8, showPdf,
                button("save-reminders", "letter.saveReminders", vm.exports()::saveReminders));
        // a long subject wraps: one line cut it at "a plan towards a" at 1280×800
        TextArea subject = WrappingField.of(forms.area("letter-subject", vm.subject, 1));
        TextArea editor = forms.area("letter-body", vm.body, 22);
        // a dozen lines at least, also at 1024×700; as tall as the page's window where it has more (EditorRoom)
        editor.setMinHeight(EDITOR_MIN_HEIGHT);
        // the page opens in the letter: focused first, the one-line subject above it would open scrolled to its
        // end, its start hidden
        editor.getStyleClass().add(Styles.TYPING_STARTS_HERE);
        for (TextInputControl text : List.of(subject, editor)) {
            // not only greyed: a sent letter is visibly set apart, and the line above says why
            text.editableProperty().bind(vm.sent().readOnly().not());
            vm.sent().readOnly().addListener((o, was, now) -> text.pseudoClassStateChanged(SENT, now));
            text.pseudoClassStateChanged(SENT, vm.sent().readOnly().get());
        }
        // the sent line and its buttons take the place of what the letter says and offers before it is sent ("written
        // from your notes", Back to the generated letter): appearing with Mark as sent they pushed the whole page
        // down, and the room kept empty for them read as a gap above the letter. Taking "Edit anyway" away keeps
        // its room, so "Not sent after all" stays under the pointer. The sent line wraps in a narrow window rather
        // than widen the page.
        StackPane stateLine = new StackPane(state, sent);
        stateLine.setAlignment(Pos.TOP_LEFT);
        FlowPane sentActions = new FlowPane(8, 8, editAnyway, notSent);
        sentActions.visibleProperty().bind(vm.sent().sent());
        StackPane unsentActions = resetOrUndo(reset, undo);
        unsentActions.visibleProperty().bind(vm.sent().sent().not());
        StackPane letterButtons = new StackPane(unsentActions, sentActions);
        letterButtons.setAlignment(Pos.TOP_LEFT);
        VBox letterState = new VBox(6, stateLine, letterButtons);
        actions = new LetterActions(vm, i18n, send, sent, editAnyway);
        Node editorField = forms.field("letter.body", editor);
        Node page = forms.page("step.letter", intro(), letterState, new NotesChangedNotice(vm, i18n, () -> {
                    // into the letter, not onto the subject with all of it selected, where one key would replace it
                    editor.requestFocus();
                    editor.positionCaret(0);
                }),
                forms.field("letter.subject", subject),
                editorField, unreadRows(), files, perParticipant,
                // beside the buttons that saved the files, not above the letter, where it would push the text
                // down under the typing hands
                new OutOfDateNotice(vm, i18n),
                forms.section("letter.sendTitle"), send);
        SteadyIntro.keep(page, i18n, "step.letter.intro", "step.letter.intro.sent", "step.letter.intro.editingSent");
        if (page instanceof ScrollPane scroll && editorField instanceof VBox labelled) {
            EditorRoom.fill(scroll, editor, labelled.getChildren().get(0), EDITOR_MIN_HEIGHT);
        }
        return page;
    }

    /** The letter's actions for the wizard's bottom bar; made with the page, so after {@link #page()}. */
    public LetterActions actions() {
        if (actions == null) {
            throw new IllegalStateException("the letter page is not made yet");
        }
        return actions;
    }

    /**
     * Undo in the place of the button it undoes, and both keeping their room while hidden (a letter marked as sent
     * offers its own buttons there instead): Undo appearing beside it wrapped to a line of its own at 1024×700, and
     * the reset button taken away by Mark as sent pulled everything under it up, under the user's pointer.
     */
    private static StackPane resetOrUndo(Button reset, Button undo) {
        for (Button button : new Button[] {reset, undo}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        StackPane place = new StackPane(reset, undo);
        place.setAlignment(Pos.CENTER_LEFT);
        return place;
    }

    /**
     * "Edit it freely" is not true of a sent letter: the intro says it is locked as sent and how to change it
     * anyway, or, once the user chose to, that the changes are to the letter that went out.
     */
    private ObservableValue<String> intro() {
        return Bindings.createStringBinding(() -> i18n.get(!vm.sent().sent().get() ? "step.letter.intro"
                        : vm.sent().readOnly().get() ? "step.letter.intro.sent" : "step.letter.intro.editingSent"),
                vm.sent().sent(), vm.sent().readOnly(), i18n.localeProperty());
    }

    /** An edited plan line that no longer reads as a table row turns the PDF's table into a list: said here. */
    private Label unreadRows() {
        Label unread = new Label();
        unread.setId("letter-unread-rows");
        unread.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> lines = TableRowsReadBack.unreadRows(vm.letterProperty().get());
            return lines.isEmpty() ? "" : i18n.get("letter.unreadRows", String.join("\n", lines));
        }, vm.letterProperty(), i18n.localeProperty()));
        unread.getStyleClass().add("hint");
        unread.setWrapText(true);
        unread.setMinHeight(Region.USE_PREF_SIZE);
        unread.visibleProperty().bind(unread.textProperty().isNotEmpty());
        unread.managedProperty().bind(unread.visibleProperty());
        return unread;
    }

    private static void shownWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private Button button(String id, String key, Runnable action) {
        return PageButtons.of(id, key, action, i18n);
    }
}
