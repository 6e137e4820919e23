package app.followup.ui.wizard;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Gives the page on show the width its content needs (a wide table): the divider moves towards the letter beside
 * it, and when too little would be left for the letter to be read, the letter folds away while that page is shown.
 * Any other page finds the divider where the user left it. The letter page has a divider of its own, which gives
 * its true PDF preview a little more than half (body text over 9 px high at 1280×800), and a wide view, in which
 * the side panel has the whole width.
 */
final class PageRoom {
    /** Narrower than this, the letter beside the page is not worth keeping: a few words a line. */
    private static final double SIDE_MIN = 260;
    /** The divider's own width, about. */
    private static final double DIVIDER = 8;
    /** The letter page's divider until the user drags it: the PDF preview gets a little more than half. */
    static final double LETTER_DIVIDER = 0.43;
    private final SplitPane split;
    private final Node side;
    private final Node pageHolder;
    private double chosen;
    private double chosenForLetter = LETTER_DIVIDER;
    private boolean onLetter;
    private boolean wide;
    private boolean moving;
    private boolean pending;
    /** Whether the pending fit may only widen the page: the page changed while shown (typing, a row added). */
    private boolean onlyGrow;
    /** Whether the user is dragging the divider: only then is its position their choice. */
    private boolean dragging;
    private ScrollPane page;
    /** Settles a pending fit after the layout pass that asked for it, before that pass is drawn. */
    private final Runnable settle = this::settle;
    private final ReadOnlyDoubleWrapper pageNeeds = new ReadOnlyDoubleWrapper(0);

    PageRoom(SplitPane split, Node side, double divider) {
        this.split = split;
        this.side = side;
        this.pageHolder = split.getItems().get(0);
        this.chosen = divider;
        split.setDividerPositions(divider);
        watchDivider();
        watchDragging();
        split.widthProperty().addListener(o -> fitSoon());
        split.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(settle);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(settle);
            }
        });
    }

    /**
     * A press on the divider starts the user's drag. The split pane moves the divider itself too, when the window
     * shrinks below the page's needs: that position is not the user's, and the page and the letter share the
     * width as before once the window grows back.
     */
    private void watchDragging() {
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> dragging = onDivider(event.getPickResult()
                .getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> dragging = false);
    }

    private boolean onDivider(Node node) {
        for (Node n = node; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Where the user drags the divider is where it goes back to: a divider is made anew when the letter unfolds. */
    private void watchDivider() {
        split.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            // a position made for a wide page is not the user's choice
            if (dragging && !moving && !wide && wanted() <= split.getWidth() * now.doubleValue() - DIVIDER) {
                if (onLetter) {
                    chosenForLetter = now.doubleValue();
                } else {
                    chosen = now.doubleValue();
                }
            }
        });
    }

    /** Makes room for this page now, and again whenever its content is laid out anew (its width is known then). */
    void show(Node shown, boolean letterPage) {
        onLetter = letterPage;
        page = shown instanceof ScrollPane scroll ? scroll : null;
        if (page != null && page.getProperties().putIfAbsent(PageRoom.class, Boolean.TRUE) == null) {
            ScrollPane watched = page;
            watched.getContent().layoutBoundsProperty().addListener(o -> {
                if (page == watched) {
                    growSoon();
                }
            });
        }
        fit();
        // and again once the page has been laid out and styled: the first time it is shown, its width is known
        // only then
        fitSoon();
    }

    /** The width the page on show needs for its content, known once it is laid out; 0 for a page that wraps. */
    ReadOnlyDoubleProperty pageNeedsProperty() {
        return pageNeeds.getReadOnlyProperty();
    }

    /** After the layout pass that asked for it: the split's items must not change while it lays them out. */
    private void fitSoon() {
        onlyGrow = false;
        later();
    }

    /**
     * The shown page changed: the divider moves only if the page no longer fits, never back towards the page,
     * so that controls stay under the mouse while the user types and adds rows.
     */
    private void growSoon() {
        if (!pending) {
            onlyGrow = true;
        }
        later();
    }

    /**
     * At the end of the layout pass that changed the page (a row added), before it is drawn: a fit left to a later
     * turn of the event queue showed the table clipped behind the letter, with a sideways scroll bar, for as long
     * as the letter took to be written again.
     */
    private void later() {
        pending = true;
        if (split.getScene() == null) {
            Platform.runLater(settle);
        } else {
            Platform.requestNextPulse();
        }
    }

    private void settle() {
        if (!pending) {
            return;
        }
        pending = false;
        boolean grow = onlyGrow;
        onlyGrow = false;
        if (grow) {
            grow();
        } else {
            fit();
        }
        // laid out again now, so that the pulse draws the page with its room
        if (split.getScene() != null && split.getScene().getRoot() != null) {
            split.getScene().getRoot().layout();
        }
    }

    /** Widens the page if its content no longer fits; otherwise leaves the divider where it is. */
    private void grow() {
        pageNeeds.set(wanted());
        if (moving || wide || !split.getItems().contains(side) || split.getWidth() <= 0) {
            return;
        }
        double given = split.getWidth() * split.getDividerPositions()[0] - DIVIDER;
        if (wanted() > given + 0.5) {
            fit();
        }
    }

    /** Wide view, on the letter page only: the page leaves the split, and comes back where it was. */
    void showWide(boolean wanted) {
        boolean now = wanted && onLetter;
        if (now == wide) {
            return;
        }
        wide = now;
        moving = true;
        try {
            if (wide) {
                split.getItems().setAll(side);
            } else {
                split.getItems().setAll(pageHolder, side);
                watchDivider();
            }
        } finally {
            moving = false;
        }
        fit();
    }

    private void fit() {
        pageNeeds.set(wanted());
        if (moving || wide) {
            return;
        }
        double divider = onLetter ? chosenForLetter : chosen;
        moving = true;
        try {
            double width = split.getWidth();
            double wanted = width <= 0 ? 0 : wanted();
            boolean fits = wanted <= width * divider - DIVIDER;
            boolean fold = !fits && width - wanted - DIVIDER < SIDE_MIN;
            if (fold) {
                split.getItems().remove(side);
                return;
            }
            if (!split.getItems().contains(side)) {
                split.getItems().add(side);
                watchDivider();
            }
            split.setDividerPositions(fits ? divider : (wanted + DIVIDER / 2) / width);
        } finally {
            moving = false;
        }
    }

    /** The width the page's content needs, with the page's own edges. */
    private double wanted() {
        return page == null ? 0 : page.getContent().minWidth(-1) + page.snappedLeftInset() + page.snappedRightInset();
    }
}
