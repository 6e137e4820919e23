package app.followup.ui.wizard.pages;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ScrollEvent;

/**
 * The letter editor as tall as the page's window, less its label: a fixed dozen lines showed 13 of a 35-line
 * letter at 1280×800, with the page's next button half hidden under the bottom bar. Scrolled to the letter, the
 * editor fills the page; at the page's top it runs past the fold, so no button is cut in half there.
 *
 * <p>The mouse wheel over the editor scrolls the page first, until the whole editor is in sight, and only then the
 * letter inside it; at the letter's end it goes on to the page again, down to the send area. The other way round
 * a tester's wheel over the editor scrolled only the letter, and the page's own buttons seemed out of reach.
 */
final class EditorRoom {
    private final ScrollPane page;
    private final TextArea editor;
    private final Node label;
    private final double least;

    private EditorRoom(ScrollPane page, TextArea editor, Node label, double least) {
        this.page = page;
        this.editor = editor;
        this.label = label;
        this.least = least;
    }

    /**
     * @param label the editor's label, kept in sight above it
     * @param least the editor's height in a window too short to give it more
     */
    static void fill(ScrollPane page, TextArea editor, Node label, double least) {
        EditorRoom room = new EditorRoom(page, editor, label, least);
        page.viewportBoundsProperty().addListener(o -> room.fit());
        label.layoutBoundsProperty().addListener(o -> room.fit());
        room.fit();
        editor.addEventFilter(ScrollEvent.SCROLL, room::scrollPageFirst);
    }

    private void fit() {
        double viewport = page.getViewportBounds().getHeight();
        // the label, the gap under it, and a margin under the editor so that its frame is seen to end
        double beside = label.getLayoutBounds().getHeight() + 4 + 12;
        double height = Math.max(least, Math.floor(viewport - beside));
        if (viewport > 0 && editor.getMinHeight() != height) {
            editor.setMinHeight(height);
            editor.setPrefHeight(height);
            editor.setMaxHeight(height);
        }
    }

    private void scrollPageFirst(ScrollEvent event) {
        Node content = page.getContent();
        double hidden = content.getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
        if (hidden <= 0 || event.getDeltaY() == 0) {
            return;
        }
        Bounds shown = page.localToScene(page.getLayoutBounds());
        Bounds area = editor.localToScene(editor.getLayoutBounds());
        double top = page.getVvalue() * hidden;
        double by;
        if (event.getDeltaY() < 0 && area.getMaxY() > shown.getMaxY() + 0.5) {
            // down, until the editor's end is in sight
            by = Math.min(-event.getDeltaY(), area.getMaxY() - shown.getMaxY());
        } else if (event.getDeltaY() > 0 && area.getMinY() < shown.getMinY() - 0.5) {
            // up, until its top is
            by = -Math.min(event.getDeltaY(), shown.getMinY() - area.getMinY());
        } else {
            return;
        }
        page.setVvalue(Math.max(0, Math.min(1, (top + by) / hidden)));
        event.consume();
    }
}
