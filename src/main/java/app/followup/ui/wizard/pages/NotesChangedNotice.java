package app.followup.ui.wizard.pages;

import app.followup.letter.LetterChanges;
import app.followup.ui.common.I18n;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    /** Words of context on each side of a change: enough to find the sentence in the letter. */
    private static final int CONTEXT_WORDS = 8;
    private final TextFlow changes = new TextFlow();
    private final I18n i18n;

    /** @param afterChoice where the keyboard goes once the notice, and with it the focused button, is gone */
    NotesChangedNotice(LetterPageViewModel vm, I18n i18n, Runnable afterChoice) {
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
        Button rewrite = PageButtons.of("letter-rewrite", "letter.notesChanged.rewrite", () -> {
            vm.writeAgainFromNotes();
            afterChoice.run();
        }, i18n);
        Button keep = PageButtons.of("letter-keep", "letter.notesChanged.keep", () -> {
            vm.keepMyLetter();
            afterChoice.run();
        }, i18n);
        getChildren().addAll(title, text, changes, new FlowPane(8, 8, rewrite, keep));
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
            LetterChanges.Kind before = null;
            for (LetterChanges.Piece piece : line.aroundChanges(CONTEXT_WORDS).pieces()) {
                if (before == LetterChanges.Kind.REMOVED && piece.kind() == LetterChanges.Kind.ADDED) {
                    // "Monday 30 November Thursday 3 December", not one run-on word
                    changes.getChildren().add(new Text(" "));
                }
                changes.getChildren().add(piece(piece));
                before = piece.kind();
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
