package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Paste your notes…": a large box for the notes typed after the interview, and beside it, as the text changes,
 * where each part will go, page by page; under them the fields whose text "Fill in the pages" would replace.
 * Layout only.
 */
public final class PastedNotesDialog {
    /** The box and the sorted view side by side, each wide enough for a line of notes. */
    private static final double WIDTH = 960;
    /** The dialog opened at its least width (a window without a window manager cannot be widened): kept near. */
    private static final double MIN_WIDTH = 900;
    /** Some twenty lines of notes in sight; with the header and buttons within a 700-pixel screen. */
    private static final double TEXT_HEIGHT = 380;
    /** Each half in a window narrower than the dialog's width: still a few words a line. */
    private static final double MIN_HALF = 280;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType fill;

    public PastedNotesDialog(Window owner, I18n i18n, PastedNotesViewModel notes) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("paste.title"));
        dialog.setHeaderText(i18n.get("paste.header"));
        dialog.setResizable(true);

        TextArea text = new TextArea();
        text.setId("paste-text");
        text.setWrapText(true);
        text.setPrefHeight(TEXT_HEIGHT);
        text.setPromptText(i18n.get("paste.prompt"));
        text.textProperty().bindBidirectional(notes.pasted);
        Forms.tabMovesOn(text);

        ScrollPane sorted = new ScrollPane(new SortedNotesPreview(i18n, notes.sortedProperty()).node());
        sorted.setId("paste-sorted-scroll");
        sorted.setFitToWidth(true);
        sorted.setFocusTraversable(false);
        sorted.setPrefHeight(TEXT_HEIGHT);
        Label where = new Label(i18n.get("paste.where"));
        where.getStyleClass().add("field-label");
        VBox right = new VBox(4, where, sorted);
        VBox.setVgrow(sorted, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // the box and the view share the width equally: both hold lines of the same notes
        text.setPrefWidth(WIDTH / 2);
        right.setPrefWidth(WIDTH / 2);
        text.setMinWidth(MIN_HALF);
        right.setMinWidth(MIN_HALF);
        HBox sideBySide = new HBox(12, text, right);
        VBox.setVgrow(sideBySide, Priority.ALWAYS);

        Label failed = notice("paste-failed", i18n.get("paste.failed"));
        failed.getStyleClass().add("field-problem");
        failed.visibleProperty().bind(notes.failedProperty());
        failed.managedProperty().bind(failed.visibleProperty());
        Label replaces = notice("paste-replaces", "");
        replaces.textProperty().bind(Bindings.createStringBinding(() -> notes.replaced().get().isEmpty() ? ""
                : i18n.get("paste.replaces", notes.replaced().get().stream().map(i18n::get)
                .collect(Collectors.joining(", "))), notes.replaced()));
        replaces.visibleProperty().bind(replaces.textProperty().isNotEmpty());
        replaces.managedProperty().bind(replaces.visibleProperty());

        dialog.getDialogPane().setContent(new VBox(8, sideBySide, failed, replaces));
        // as wide as the window it is opened from allows, never wider: with no window manager a dialog partly off
        // the screen cannot be moved back
        DialogRoom.fit(dialog, owner, WIDTH, MIN_WIDTH);

        fill = new ButtonType(i18n.get("paste.fill"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(fill, new ButtonType(i18n.get("cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node fillButton = dialog.getDialogPane().lookupButton(fill);
        fillButton.setId("paste-fill");
        fillButton.disableProperty().bind(notes.givesAnything().not());
        Platform.runLater(text::requestFocus);
    }

    private static Label notice(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows the dialog until it is closed; true when "Fill in the pages" closed it. */
    public boolean ask() {
        return dialog.showAndWait().filter(answer -> answer == fill).isPresent();
    }
}
