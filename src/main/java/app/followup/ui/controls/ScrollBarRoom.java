package app.followup.ui.controls;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A page taller than the window gets a vertical scroll bar, which takes its width from the page: a table that just
 * fitted then scrolled sideways as well (the participants at 1024×700 with five people, the plan). The page's right
 * margin gives the bar its width instead, down to a narrow gap.
 */
final class ScrollBarRoom {
    /** What is left of the margin beside the bar. */
    private static final double LEAST_GAP = 4;

    private ScrollBarRoom() {
    }

    static void fromRightMargin(ScrollPane scroll, Region page, double margin) {
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            double bar = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset() - now.getWidth();
            double right = Math.max(margin - Math.max(0, bar), LEAST_GAP);
            Insets padding = page.getPadding();
            if (Math.abs(padding.getRight() - right) > 0.5) {
                page.setPadding(new Insets(padding.getTop(), right, padding.getBottom(), padding.getLeft()));
            }
        });
    }
}
