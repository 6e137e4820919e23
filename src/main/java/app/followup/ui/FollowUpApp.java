package app.followup.ui;

import app.followup.ui.board.BoardFolders;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.board.FxBoardDialogs;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.FxDialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.PreferencesStore;
import app.followup.ui.common.WindowSettings;
import app.followup.userfiles.TemplateException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop program: the wizard from the interview notes to a letter sent the same day. */
public final class FollowUpApp extends Application {

    /** What the window needs before its first frame, made while the toolkit starts. */
    private static volatile WindowPreparation preparation;
    /** The window a broken template of the user's is reported in, once it exists. */
    private static final AtomicReference<MainViewModel> window = new AtomicReference<>();

    public static void launchWindow(String[] args) {
        // with no file given, the window opens on the board: its remembered folders are read while the toolkit starts
        preparation = WindowPreparation.start(args.length == 0);
        Application.launch(FollowUpApp.class, args);
    }

    /** A broken template of the user's: the built-in letter is shown, and the user told why. */
    static void templateProblem(TemplateException problem) {
        MainViewModel main = window.get();
        if (main != null) {
            main.templateProblem(problem);
        }
    }

    @Override
    public void start(Stage stage) {
        WindowPreparation.Parts parts = preparation.await();
        WindowSettings settings = parts.settings();
        I18n i18n = parts.i18n();
        i18n.localeProperty().addListener((o, old, now) -> settings.language(now));
        // the dialogs are made before the window's commands, which ask them; they read its open file once it exists
        FxDialogs dialogs = new FxDialogs(stage, i18n, settings,
                () -> window.get() == null ? null : window.get().document().fileProperty().get());
        // one clock for the whole window, so that the wizard and the board agree on what "today" is
        Clock clock = Clock.systemDefaultZone();
        Supplier<LocalDate> today = () -> LocalDate.now(clock);
        MainViewModel main = new MainViewModel(i18n, PreferencesStore.standard(), dialogs,
                new BackgroundRunner.Threaded(), today, parts.composer(), parts.recovery());
        window.set(main);
        MainWindow mainWindow = install(stage, main);
        BoardViewModel board = new BoardViewModel(BoardFolders.Remembered.standard(), new BackgroundRunner.Threaded(),
                today, main::open, main::newApplication, new FxBoardDialogs(stage, i18n), LinkOpener.standard(), i18n);
        mainWindow.attachBoard(board);
        // the folders were read on the other core while the toolkit started (or are, while the window is put on
        // screen); building the wizard's pages
        // waits until the board shows its rows, which it would otherwise hold up on the JavaFX thread
        board.start(getParameters().getRaw().isEmpty(), () -> afterNextFrame(mainWindow::prepareWizard),
                parts.board());
        new WindowPlacement(stage, settings).restoreAndRemember();
        stage.show();
        getParameters().getRaw().stream().findFirst().map(Path::of).ifPresent(main::open);
        Platform.runLater(() -> {
            main.offerRecovery();
            main.loadRecentFiles();
        });
    }

    /** Runs the work once the next frame is on screen. */
    static void afterNextFrame(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // called before each frame is drawn: the second call comes after the first frame is on screen
                if (++pulses == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }

    /** Puts the main window on a stage: theme, title, size, shortcuts, and the guard on closing. */
    static MainWindow install(Stage stage, MainViewModel main) {
        // AtlantaFX's PrimerLight without the rules for controls the window never shows, made at build time (pom.xml,
        // "trimmed-theme"): half the selectors for JavaFX to index and match before the first frame
        Application.setUserAgentStylesheet(FollowUpApp.class.getResource("theme.css").toExternalForm());
        MainWindow window = new MainWindow(main);
        // a laptop screen smaller than the comfortable size gets a window that fits it, not one hanging off its edges
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(FollowUpApp.class.getResource("app.css").toExternalForm());
        window.installShortcuts();
        stage.titleProperty().bind(main.document().title(main.i18n()));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
        stage.setScene(scene);
        AltKeyGuard.install(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            main.whenMayLeave(stage::close);
        });
        return window;
    }
}
