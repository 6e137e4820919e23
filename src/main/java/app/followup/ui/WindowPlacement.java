package app.followup.ui;

import app.followup.ui.common.WindowSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Opens the window where and as large as it was left, if that place is still on one of the screens. */
final class WindowPlacement {
    private final Stage stage;
    private final WindowSettings settings;

    WindowPlacement(Stage stage, WindowSettings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    void restoreAndRemember() {
        settings.place().ifPresent(place -> {
            // a screen unplugged since: the window would open where nobody can see it, so the system places it
            boolean visible = !Screen.getScreensForRectangle(place.x(), place.y(), place.width(), place.height())
                    .isEmpty();
            if (place.maximized()) {
                stage.setMaximized(true);
            } else if (visible) {
                Rectangle2D screen = Screen.getScreensForRectangle(place.x(), place.y(), place.width(),
                        place.height()).get(0).getVisualBounds();
                stage.setX(place.x());
                stage.setY(place.y());
                stage.setWidth(Math.min(Math.max(place.width(), stage.getMinWidth()), screen.getWidth()));
                stage.setHeight(Math.min(Math.max(place.height(), stage.getMinHeight()), screen.getHeight()));
            }
        });
        stage.setOnHidden(event -> settings.place(new WindowSettings.Place(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
    }
}
