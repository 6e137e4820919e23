package app.followup.ui.wizard.pages;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Where a dialog opened from the window has to fit: in the trials there is no window manager, so a dialog larger
 * than the screen, or partly off it, cannot be moved back and its buttons cannot be reached.
 */
final class DialogRoom {
    /** Room left around a dialog inside the window it is opened from. */
    private static final double MARGIN = 24;

    private DialogRoom() {
    }

    /**
     * The dialog as wide as the owner window allows, up to {@code width} and at least {@code minWidth}, never
     * wider than that window, and kept inside it when shown; the room found, for later growth to keep to.
     */
    static Rectangle2D fit(Dialog<?> dialog, Window owner, double width, double minWidth) {
        Rectangle2D room = of(owner, minWidth);
        dialog.getDialogPane().setPrefWidth(Math.min(width, room.getWidth() - MARGIN));
        dialog.getDialogPane().setMinWidth(Math.min(minWidth, room.getWidth() - MARGIN));
        dialog.setOnShown(e -> keepInside(dialog, room));
        return room;
    }

    /** The owner window's room on its screen; the whole screen when the window is too small to go by. */
    static Rectangle2D of(Window owner, double minWidth) {
        if (owner == null || owner.getWidth() <= 0) {
            return Screen.getPrimary().getVisualBounds();
        }
        Rectangle2D window = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D screen = Screen.getScreensForRectangle(window).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
        double minX = Math.max(window.getMinX(), screen.getMinX());
        double minY = Math.max(window.getMinY(), screen.getMinY());
        double maxX = Math.min(window.getMaxX(), screen.getMaxX());
        double maxY = Math.min(window.getMaxY(), screen.getMaxY());
        return maxX - minX < minWidth / 2 || maxY - minY < 200 ? screen
                : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    /** No taller and no wider than the room, and wholly inside it. */
    static void keepInside(Dialog<?> dialog, Rectangle2D room) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window.getHeight() > room.getHeight()) {
            window.setHeight(room.getHeight());
        }
        if (window.getWidth() > room.getWidth()) {
            window.setWidth(room.getWidth());
        }
        window.setX(Math.max(room.getMinX(), Math.min(window.getX(), room.getMaxX() - window.getWidth())));
        window.setY(Math.max(room.getMinY(), Math.min(window.getY(), room.getMaxY() - window.getHeight())));
    }
}
