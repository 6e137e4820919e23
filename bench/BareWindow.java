import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for start-up: the smallest JavaFX window, from the same jar's JavaFX, on the same machine. */
public final class BareWindow {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
        }
    }
}
