package app.followup.ui.wizard;

import app.followup.ui.common.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;

/** Where typing starts when a page is shown: its first field, never the step list. */
final class FirstFieldFocus {
    private FirstFieldFocus() {
    }

    /**
     * Typing goes on in the page's first field, not in the step list. A page not on screen yet (a wizard just made,
     * or hidden behind the start page while a dialog asks for the candidate's details) cannot take the keyboard:
     * its first field is focused once the page is in a scene and the wizard is visible.
     */
    static void whenShown(Node wizard, Pane pageHolder, Node page) {
        if (page.getScene() != null && wizard.isVisible()) {
            Platform.runLater(() -> focus(page));
            return;
        }
        InvalidationListener whenShown = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                boolean stillOnShow = pageHolder.getChildren().contains(page);
                if (!stillOnShow || page.getScene() != null && wizard.isVisible()) {
                    page.sceneProperty().removeListener(this);
                    wizard.visibleProperty().removeListener(this);
                    if (stillOnShow) {
                        Platform.runLater(() -> focus(page));
                    }
                }
            }
        };
        page.sceneProperty().addListener(whenShown);
        wizard.visibleProperty().addListener(whenShown);
    }

    /**
     * CSS first, since a scroll pane puts its content in the scene only when its skin is made. A page is shown from
     * its top, its heading and first field in sight: it kept where it had been scrolled to, so a file opened again
     * showed page 1 as the user had left it, the heading gone and the first field cut in half.
     */
    static void focus(Node page) {
        if (page instanceof ScrollPane scroll) {
            scroll.setVvalue(scroll.getVmin());
        }
        page.applyCss();
        List<Node> fields = page.lookupAll(".text-input").stream()
                .filter(node -> node.isFocusTraversable() && !node.isDisabled() && node.getScene() != null)
                .toList();
        fields.stream().filter(node -> node.getStyleClass().contains(Styles.TYPING_STARTS_HERE)).findFirst()
                .ifPresentOrElse(field -> {
                    field.requestFocus();
                    // read from the top: the letter, not its signature, and the subject above it whole
                    ((TextInputControl) field).home();
                }, () -> fields.stream().findFirst().ifPresent(field -> {
                    field.requestFocus();
                    // the caret at the end, nothing selected: one key must not overwrite what is there
                    ((TextInputControl) field).end();
                }));
    }
}
