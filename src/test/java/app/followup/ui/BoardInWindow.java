package app.followup.ui;

import app.followup.ui.board.BoardDialogs;
import app.followup.ui.board.BoardFolders;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.LinkOpener;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;

/** The applications board in a real window over one remembered folder, as the board's window tests start it. */
final class BoardInWindow {
    private BoardInWindow() {
    }

    /** Installs the window, remembers {@code folder}, shows the stage and starts the board (on it or not). */
    static BoardViewModel show(Stage stage, MainViewModel main, Path folder, LocalDate today, BoardDialogs dialogs,
                               LinkOpener links, boolean openOnTheBoard) {
        MainWindow window = FollowUpApp.install(stage, main);
        BoardFolders.InMemory folders = new BoardFolders.InMemory();
        folders.save(List.of(folder));
        BoardViewModel board = new BoardViewModel(folders, new BackgroundRunner.Threaded(), () -> today, main::open,
                main::newApplication, dialogs, links, main.i18n());
        window.attachBoard(board);
        stage.show();
        board.start(openOnTheBoard);
        return board;
    }
}
