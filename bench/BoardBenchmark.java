package app.followup.ui;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.ui.board.BoardFolders;
import app.followup.ui.board.BoardPreload;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.board.FxBoardDialogs;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.FxDialogs;
import app.followup.ui.common.WindowSettings;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.UserStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The applications board on a cold start, as the program opens on a remembered folder: the time from the window
 * being shown to the frame that has every application's row in the table. Built as FollowUpApp builds it (the
 * remembered folder given instead of read from the settings store, and read ahead from the start of the process
 * as FollowUpApp.launchWindow does). Run by bench/board.sh, one process per run; prints milliseconds: wall time,
 * the process's CPU time meanwhile, when the rows were in the table relative to the window being shown (negative:
 * before it), the rows in the table to the frame that shows them, and the window shown after the process start.
 */
public final class BoardBenchmark extends Application {
    /** CPU time of the whole process: on a loaded machine the wall time says more about the others. */
    private static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The folder read ahead from the start of the process, as FollowUpApp.launchWindow reads the remembered ones. */
    private static BoardPreload preload;

    /** Started from here: a main class that extends Application cannot start from a plain class path. */
    public static final class Main {
        public static void main(String[] args) {
            BoardFolders.InMemory remembered = new BoardFolders.InMemory();
            remembered.save(List.of(Path.of(args[0])));
            // "--no-preload": the folder read only once the board starts, as before the read-ahead, for comparison
            boolean ahead = args.length < 3 || !args[2].equals("--no-preload");
            preload = ahead ? BoardPreload.start(remembered, LocalDate::now) : BoardPreload.none();
            Application.launch(BoardBenchmark.class, args);
        }
    }

    private long shownAt;
    private long shownCpu;
    private long shownAfterStart;
    private long rowsAt;

    @Override
    public void start(Stage stage) {
        Path folder = Path.of(getParameters().getRaw().get(0));
        int expected = Integer.parseInt(getParameters().getRaw().get(1));
        I18n i18n = new I18n(Locale.UK);
        FxDialogs dialogs = new FxDialogs(stage, i18n, WindowSettings.inMemory(), () -> null);
        MainViewModel main = new MainViewModel(i18n, new UserStore.InMemory(), dialogs,
                new BackgroundRunner.Threaded(), LocalDate::now, new LetterComposer(new TemplateLibrary(null)));
        MainWindow window = FollowUpApp.install(stage, main);
        BoardFolders.InMemory folders = new BoardFolders.InMemory();
        folders.save(List.of(folder));
        BoardViewModel board = new BoardViewModel(folders, new BackgroundRunner.Threaded(), LocalDate::now,
                main::open, main::newApplication, new FxBoardDialogs(stage, i18n), LinkOpener.standard(), i18n);
        window.attachBoard(board);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            shownAt = System.nanoTime();
            shownCpu = cpu();
            shownAfterStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        });
        board.rows().addListener((javafx.collections.ListChangeListener<Object>) change -> {
            if (rowsAt == 0 && board.rows().size() == expected) {
                rowsAt = System.nanoTime();
            }
        });
        board.start(true, () -> FollowUpApp.afterNextFrame(window::prepareWizard), preload);
        stage.show();
        TableView<?> table = (TableView<?>) stage.getScene().lookup("#board-table");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // this pulse draws what the table holds: once it holds every row, they are on screen
                if (table.isVisible() && table.getItems().size() == expected && table.lookup(".table-row-cell") != null) {
                    stop();
                    long end = System.nanoTime();
                    System.out.printf(Locale.ROOT, "%.0f %.0f %.0f %.0f %d%n", (end - shownAt) / 1e6,
                            (cpu() - shownCpu) / 1e6, (rowsAt - shownAt) / 1e6, (end - rowsAt) / 1e6,
                            shownAfterStart);
                    Platform.exit();
                }
            }
        }.start();
    }
}
