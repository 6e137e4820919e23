package app.followup.ui.wizard;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/**
 * Gives the page on show the width its content needs (a wide table): the divider moves towards the letter beside
 * it, and when too little would be left for the letter to be read, the letter folds away while that page is shown.
 * Any other page finds the divider where the user left it.
 */
final class PageRoom {
    /** Narrower than this, the letter beside the page is not worth keeping: a few words a line. */
    private static final double SIDE_MIN = 260;
    /** The divider's own width, about. */
    private static final double DIVIDER = 8;
    private final SplitPane split;
    private final Node side;
    private double chosen;
    private boolean moving;
    private boolean pending;
    private ScrollPane page;

    PageRoom(SplitPane split, Node side, double divider) {
        this.split = split;
        this.side = side;
        this.chosen = divider;
        split.setDividerPositions(divider);
        watchDivider();
        split.widthProperty().addListener(o -> fitSoon());
    }

    /** Where the user drags the divider is where it goes back to: a divider is made anew when the letter unfolds. */
    private void watchDivider() {
        split.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            // a position made for a wide page is not the user's choice
            if (!moving && wanted() <= split.getWidth() * now.doubleValue() - DIVIDER) {
                chosen = now.doubleValue();
            }
        });
    }

    /** Makes room for this page now, and again whenever its content is laid out anew (its width is known then). */
    void show(Node shown) {
        page = shown instanceof ScrollPane scroll ? scroll : null;
        if (page != null && page.getProperties().putIfAbsent(PageRoom.class, Boolean.TRUE) == null) {
            ScrollPane watched = page;
            watched.getContent().layoutBoundsProperty().addListener(o -> {
                if (page == watched) {
                    fitSoon();
                }
            });
        }
        fit();
    }

    /** After the layout pass that asked for it: the split's items must not change while it lays them out. */
    private void fitSoon() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                fit();
            });
        }
    }

    private void fit() {
        if (moving) {
            return;
        }
        moving = true;
        try {
            double width = split.getWidth();
            double wanted = width <= 0 ? 0 : wanted();
            boolean fits = wanted <= width * chosen - DIVIDER;
            boolean fold = !fits && width - wanted - DIVIDER < SIDE_MIN;
            if (fold) {
                split.getItems().remove(side);
                return;
            }
            if (!split.getItems().contains(side)) {
                split.getItems().add(side);
                watchDivider();
            }
            split.setDividerPositions(fits ? chosen : (wanted + DIVIDER / 2) / width);
        } finally {
            moving = false;
        }
    }

    /** The width the page's content needs, with the page's own edges. */
    private double wanted() {
        return page == null ? 0 : page.getContent().minWidth(-1) + page.snappedLeftInset() + page.snappedRightInset();
    }
}
