package app.followup.ui.wizard.pages;

import app.followup.letter.LetterChanges;
import app.followup.ui.common.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Above an edited letter whose notes have changed since: says so, shows what changed in the letter written from
 * the notes (taken out struck through in red, added in green), and offers to write the letter again or keep it.
 */
final class NotesChangedNotice extends VBox {
    /** A few changed lines show whole; more scroll, so that the letter itself stays in view. */
    private static final double CHANGES_MAX_HEIGHT = 150;
    /** Words of context on each side of a change: enough to find the sentence in the letter. */
    private static final int CONTEXT_WORDS = 8;
    private final TextFlow changes = new TextFlow();
    private final I18n i18n;

    NotesChangedNotice(LetterPageViewModel vm, I18n i18n) {
        super(6);
        this.i18n = i18n;
        setId("notes-changed");
        getStyleClass().add("notice-banner");
        Label title = new Label();
        title.textProperty().bind(i18n.text("letter.notesChanged.title"));
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.textProperty().bind(i18n.text("letter.notesChanged.text"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        changes.setId("notes-changes");
        changes.getStyleClass().add("letter-changes");
        ScrollPane scroll = new ScrollPane(changes);
        scroll.setFitToWidth(true);
        // as tall as the changes, up to a limit
        scroll.prefViewportHeightProperty().bind(Bindings.min(changes.heightProperty(), CHANGES_MAX_HEIGHT));
        scroll.getStyleClass().add("edge-to-edge");
        Button rewrite = PageButtons.of("letter-rewrite", "letter.notesChanged.rewrite", vm::writeAgainFromNotes, i18n);
        Button keep = PageButtons.of("letter-keep", "letter.notesChanged.keep", vm::keepMyLetter, i18n);
        getChildren().addAll(title, text, scroll, new FlowPane(8, 8, rewrite, keep));
        visibleProperty().bind(vm.notesChanges().map(List::isEmpty).map(none -> !none));
        managedProperty().bind(visibleProperty());
        vm.notesChanges().addListener((o, old, now) -> show(now));
        i18n.localeProperty().addListener(o -> show(vm.notesChanges().get()));
        show(vm.notesChanges().get());
    }

    private void show(List<LetterChanges.Line> lines) {
        changes.getChildren().clear();
        for (LetterChanges.Line line : lines) {
            if (!changes.getChildren().isEmpty()) {
                changes.getChildren().add(new Text("\n"));
            }
            if (line.subject()) {
                Text label = new Text(i18n.get("letter.notesChanged.subject") + " ");
                label.getStyleClass().add("change-label");
                changes.getChildren().add(label);
            }
            for (LetterChanges.Piece piece : line.aroundChanges(CONTEXT_WORDS).pieces()) {
                changes.getChildren().add(piece(piece));
            }
        }
    }

    private static Text piece(LetterChanges.Piece piece) {
        Text text = new Text(piece.text());
        switch (piece.kind()) {
            case REMOVED -> {
                text.getStyleClass().add("change-removed");
                text.setStrikethrough(true);
            }
            case ADDED -> text.getStyleClass().add("change-added");
            case KEPT -> text.getStyleClass().add("change-kept");
        }
        return text;
    }
}
