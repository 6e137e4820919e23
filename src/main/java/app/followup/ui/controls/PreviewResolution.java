package app.followup.ui.controls;

import java.util.function.DoubleSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * How many pixels per PDF point the pages must be drawn with to look sharp: the zoom times the screen's scale, which a
 * window on a HiDPI screen raises, followed as the window moves between screens.
 */
final class PreviewResolution {
    /** Resolutions are asked for in steps: a window resized by a pixel needs no new drawing. */
    private static final double RESOLUTION_STEP = 0.125;

    private final ReadOnlyDoubleWrapper wanted = new ReadOnlyDoubleWrapper(1);
    private final Node view;
    private final DoubleSupplier pixelsPerPointAtScaleOne;
    private Window window;

    PreviewResolution(Node view, DoubleSupplier pixelsPerPointAtScaleOne) {
        this.view = view;
        this.pixelsPerPointAtScaleOne = pixelsPerPointAtScaleOne;
        view.sceneProperty().addListener(o -> followWindow());
    }

    ReadOnlyDoubleProperty wanted() {
        return wanted.getReadOnlyProperty();
    }

    /** Asked again: the zoom changed. */
    void update() {
        double screen = window == null ? 1 : Math.max(window.getOutputScaleX(), window.getOutputScaleY());
        double pixels = pixelsPerPointAtScaleOne.getAsDouble() * screen;
        wanted.set(Math.ceil(pixels / RESOLUTION_STEP) * RESOLUTION_STEP);
    }

    private void followWindow() {
        Window now = view.getScene() == null ? null : view.getScene().getWindow();
        if (now == null && view.getScene() != null) {
            view.getScene().windowProperty().addListener(o -> followWindow());
        }
        if (now != null && now != window) {
            window = now;
            window.outputScaleXProperty().addListener(o -> update());
        }
        update();
    }
}
