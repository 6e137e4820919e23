package app.followup.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Keeps a page scrolled to its bottom where it is when its content gets shorter. A {@link ScrollPane} keeps its
 * place in pixels when its content changes, but not past the new end: removing a plan row at the bottom of the
 * page moved every row above it down by the removed row's height, and the user's next click missed. Here the page
 * holds blank room below its content instead, until the user scrolls up far enough not to need it or the window
 * changes size.
 */
final class SteadyScroll {
    private final ScrollPane scroll;
    private final VBox content;
    private final Region room = new Region();
    /** Where the user left the page, in pixels from its top, and the page's height then. */
    private double top;
    private double height;
    private boolean holding;
    private boolean adjusting;

    private SteadyScroll(ScrollPane scroll, VBox content) {
        this.scroll = scroll;
        this.content = content;
        room.getStyleClass().add("held-room");
        room.setManaged(false);
        room.setMouseTransparent(true);
        content.getChildren().add(room);
    }

    static void keep(ScrollPane scroll) {
        if (scroll.getContent() instanceof VBox content) {
            SteadyScroll steady = new SteadyScroll(scroll, content);
            scroll.viewportBoundsProperty().addListener((o, was, now) -> steady.viewportChanged(was, now));
            scroll.vvalueProperty().addListener(o -> steady.userScrolled());
            // after the skin's own listener, which would otherwise undo the correction
            scroll.skinProperty().addListener((o, was, now) -> content.layoutBoundsProperty().addListener(
                    (p, before, after) -> steady.heightChanged(before.getHeight(), after.getHeight())));
        }
    }

    private void viewportChanged(Bounds was, Bounds now) {
        if (was.getHeight() != now.getHeight()) {
            if (holding) {
                release();
            }
            top = scroll.getVvalue() * Math.max(0, height - now.getHeight());
        }
    }

    private void heightChanged(double before, double now) {
        if (adjusting) {
            return;
        }
        height = now;
        double hiddenNow = now - scroll.getViewportBounds().getHeight();
        if (now < before && top > Math.max(0, hiddenNow)) {
            // the room already held grows by what is missing: a second shortening scrolled the page by its height
            double shortBy = top - Math.max(0, hiddenNow);
            hold(holding ? room.getMinHeight() + shortBy : shortBy - content.getSpacing());
        }
        if (holding && hiddenNow > 0) {
            set(top / hiddenNow);
        }
    }

    /**
     * The user's scrolling, not the skin's answer to a change of height (which comes while the content's new
     * height is not yet the one seen last).
     */
    private void userScrolled() {
        if (adjusting || content.getHeight() != height) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double at = scroll.getVvalue() * Math.max(0, height - viewport);
        double naturalHidden = height - (holding ? room.getHeight() + content.getSpacing() : 0) - viewport;
        if (!holding) {
            top = at;
        } else if (at <= naturalHidden) {
            top = at;
            release();
        }
    }

    private void hold(double height) {
        holding = true;
        room.setManaged(true);
        room.setMinHeight(height);
        room.setPrefHeight(height);
    }

    private void release() {
        holding = false;
        room.setManaged(false);
        room.setMinHeight(0);
        room.setPrefHeight(0);
    }

    private void set(double vvalue) {
        adjusting = true;
        try {
            scroll.setVvalue(Math.max(0, Math.min(1, vvalue)));
        } finally {
            adjusting = false;
        }
    }
}
