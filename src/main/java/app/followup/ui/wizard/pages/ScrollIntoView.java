package app.followup.ui.wizard.pages;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the page a node is on just far enough that the whole node is in sight. */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    public static void whole(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                scroll.applyCss();
                scroll.layout();
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
                return;
            }
        }
    }
}
