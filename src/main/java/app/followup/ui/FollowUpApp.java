package app.followup.ui;

import app.followup.letter.LetterComposer;
import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop program: the wizard from the interview notes to a letter sent the same day. */
public final class FollowUpApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(FollowUpApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(Locale.getDefault());
        DeferredDialogs dialogs = new DeferredDialogs();
        MainViewModel main = new MainViewModel(i18n, PreferencesStore.standard(), dialogs,
                new BackgroundRunner.Threaded(), LocalDate::now, LetterComposer.standard());
        MainWindow window = new MainWindow(main, dialogs, getHostServices());
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(FollowUpApp.class.getResource("app.css").toExternalForm());
        dialogs.use(new FxDialogs(stage, i18n));
        window.installShortcuts();
        stage.titleProperty().bind(main.document().title(i18n));
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            main.whenMayLeave(stage::close);
        });
        stage.show();
        getParameters().getRaw().stream().findFirst().map(java.nio.file.Path::of).ifPresent(main::open);
    }
}
