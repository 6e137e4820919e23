package app.followup.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window: opens a notes file and shows the letter the core composes for its last round. */
public final class FollowUpApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(FollowUpApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LetterViewModel viewModel = new LetterViewModel(new BackgroundRunner.Threaded(), java.time.LocalDate::now);
        MainView view = new MainView(viewModel, new FileChooserDialogs(stage));
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
    }
}
