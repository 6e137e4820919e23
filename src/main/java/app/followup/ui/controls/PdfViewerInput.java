package app.followup.ui.controls;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The PDF preview's keys and wheel, as in a PDF viewer: Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits the width,
 * Page Up and Page Down go page by page, Escape leaves wide view, Ctrl+wheel zooms, a click gives the pages the
 * keyboard.
 */
final class PdfViewerInput {
    /** How far one notch of a mouse wheel scrolls, as JavaFX reports it. */
    private static final double WHEEL_NOTCH = 40;

    private final PdfPagesView view;
    private double wheelTravel;

    private PdfViewerInput(PdfPagesView view) {
        this.view = view;
    }

    static void attach(PdfPagesView view, ScrollPane scroll) {
        PdfViewerInput input = new PdfViewerInput(view);
        view.addEventFilter(KeyEvent.KEY_PRESSED, input::key);
        scroll.addEventFilter(ScrollEvent.SCROLL, input::wheel);
        // a click on a page gives the pages the keyboard, as in a PDF viewer
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, click -> scroll.requestFocus());
    }

    private void key(KeyEvent key) {
        boolean handled = true;
        if (key.isShortcutDown() && (key.getCode() == KeyCode.PLUS || key.getCode() == KeyCode.ADD
                || key.getCode() == KeyCode.EQUALS)) {
            view.zoomIn();
        } else if (key.isShortcutDown() && (key.getCode() == KeyCode.MINUS
                || key.getCode() == KeyCode.SUBTRACT)) {
            view.zoomOut();
        } else if (key.isShortcutDown() && (key.getCode() == KeyCode.DIGIT0
                || key.getCode() == KeyCode.NUMPAD0)) {
            view.fitWidthProperty().set(true);
        } else if (key.getCode() == KeyCode.PAGE_DOWN) {
            view.nextPage();
        } else if (key.getCode() == KeyCode.PAGE_UP) {
            view.previousPage();
        } else if (key.getCode() == KeyCode.ESCAPE && view.wideProperty().get()) {
            view.wideProperty().set(false);
        } else {
            handled = false;
        }
        if (handled) {
            key.consume();
        }
    }

    private void wheel(ScrollEvent wheel) {
        if (wheel.isShortcutDown()) {
            // a touchpad sends many small steps where a wheel sends one notch: a zoom step per notch's worth
            wheelTravel += wheel.getDeltaY();
            while (wheelTravel >= WHEEL_NOTCH) {
                view.zoomIn();
                wheelTravel -= WHEEL_NOTCH;
            }
            while (wheelTravel <= -WHEEL_NOTCH) {
                view.zoomOut();
                wheelTravel += WHEEL_NOTCH;
            }
            wheel.consume();
        }
    }
}
