package app.followup.ui.wizard.pages;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the page a node is on just far enough that the whole node is in sight. */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    /**
     * The page from its top when that shows the whole node, else just far enough: a line near the top of the page
     * scrolled to the window's edge left the page's title cut off above it.
     */
    public static void withPageTop(Node node) {
        ScrollPane scroll = laidOutScrollPaneOf(node);
        if (scroll == null) {
            return;
        }
        Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        if (inContent.getMaxY() <= scroll.getViewportBounds().getHeight()) {
            scroll.setVvalue(0);
        } else {
            whole(node);
        }
    }

    /**
     * Scrolls the whole node into sight only when it is in sight in part, cut by the window's edge: a node wholly
     * out of sight is left there (the user is elsewhere on the page).
     */
    public static void wholeIfCut(Node node) {
        ScrollPane scroll = laidOutScrollPaneOf(node);
        if (scroll == null) {
            return;
        }
        Bounds onScreen = node.localToScene(node.getBoundsInLocal());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        boolean cut = onScreen.getMinY() < view.getMaxY() && onScreen.getMaxY() > view.getMaxY()
                || onScreen.getMaxY() > view.getMinY() && onScreen.getMinY() < view.getMinY();
        if (cut) {
            whole(node);
        }
    }

    public static void whole(Node node) {
        ScrollPane scroll = laidOutScrollPaneOf(node);
        if (scroll == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double bottom = top + scroll.getViewportBounds().getHeight();
        if (inContent.getMaxY() > bottom) {
            top = inContent.getMaxY() - scroll.getViewportBounds().getHeight();
        } else if (inContent.getMinY() < top) {
            top = inContent.getMinY();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }

    /** The scroll pane the node's page scrolls in, its layout brought up to date; null when there is none. */
    private static ScrollPane laidOutScrollPaneOf(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                scroll.applyCss();
                scroll.layout();
                return scroll;
            }
        }
        return null;
    }
}
