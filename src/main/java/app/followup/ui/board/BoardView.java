package app.followup.ui.board;

import java.nio.file.Path;
import app.followup.letter.NudgeComposer;
import app.followup.model.ApplicationState;
import app.followup.ui.common.I18n;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The applications board: one row per application, the most urgent first, overdue and today marked. */
public final class BoardView extends VBox {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final BoardViewModel board;
    private final I18n i18n;
    private final BoardTable table;

    public BoardView(BoardViewModel board, I18n i18n) {
        super(10);
        this.board = board;
        this.i18n = i18n;
        setId("board");
        getStyleClass().add("board");
        setPadding(new Insets(20, 24, 16, 24));

        Label title = new Label();
        title.textProperty().bind(i18n.text("board.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("board.subtitle"));
        subtitle.getStyleClass().add("hint");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button create = button("board-new", "board.new", board::newApplication);
        create.getStyleClass().add("accent");
        Button close = button("board-close", "board.close", () -> board.shownProperty().set(false));
        HBox heading = new HBox(12, new VBox(2, title, subtitle), space, create, close);
        heading.setAlignment(Pos.CENTER_LEFT);

        table = new BoardTable(board, i18n);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, folderBar(), folderAddedForYou(), table, actions(), notice(), problems());
    }

    private HBox folderBar() {
        Label label = new Label();
        label.textProperty().bind(i18n.text("board.folders"));
        HBox folders = new HBox(6);
        folders.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> folders.getChildren().setAll(board.folders().stream().map(folder -> {
            MenuItem remove = new MenuItem();
            remove.textProperty().bind(i18n.text("board.removeFolder"));
            remove.setOnAction(e -> board.removeFolder(folder));
            MenuButton chip = new MenuButton(folder.toString(), null, remove);
            chip.getStyleClass().addAll("flat", "small");
            return chip;
        }).toList());
        board.folders().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        Button add = button("board-add-folder", "board.addFolder", this::chooseFolder);
        add.getStyleClass().add("small");
        Button refresh = button("board-refresh", "board.refresh", board::reload);
        refresh.getStyleClass().add("small");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(board.loadingProperty());
        HBox bar = new HBox(8, label, folders, add, refresh, loading);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("board.chooseFolder"));
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            board.addFolder(chosen.toPath());
        }
    }

    private HBox actions() {
        var selected = table.getSelectionModel().selectedItemProperty();
        Button open = button("board-open", "board.open", () -> board.open(selected.get()));
        MenuButton state = new MenuButton();
        state.setId("board-set-state");
        state.textProperty().bind(i18n.text("board.setState"));
        for (ApplicationState value : ApplicationState.values()) {
            MenuItem item = new MenuItem();
            item.setId("board-state-" + value.code());
            item.textProperty().bind(i18n.text("board.state." + value.code()));
            item.setOnAction(e -> board.setState(table.getSelectionModel().getSelectedItem(), value));
            state.getItems().add(item);
        }
        open.disableProperty().bind(selected.isNull());
        state.disableProperty().bind(selected.isNull());
        Button nudge = new Button();
        nudge.setId("board-nudge");
        nudge.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                selected.get() != null && selected.get().offer() == NudgeComposer.Kind.CLOSE_THE_LOOP
                        ? "board.closeLoop" : "board.nudge"), selected, i18n.localeProperty()));
        nudge.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().offer() == null, selected));
        nudge.setOnAction(e -> board.writeNudge(selected.get()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button calendar = button("board-calendar", "board.calendar", board.exports()::saveCalendar);
        Button report = button("board-report", "board.report", board.exports()::saveReport);
        HBox actions = new HBox(8, open, state, nudge, space, calendar, report);
        actions.setAlignment(Pos.CENTER_LEFT);
        board.nudgeProperty().addListener((o, was, writing) -> {
            if (writing != null) {
                NudgeWindow.show(getScene().getWindow(), writing, i18n);
            }
        });
        return actions;
    }

    /** "The folder … was added for you …": how a folder the user did not choose came onto the board. */
    private Label folderAddedForYou() {
        Label added = new Label();
        added.setId("board-folder-added");
        added.setWrapText(true);
        added.setMinHeight(Region.USE_PREF_SIZE);
        added.getStyleClass().add("hint");
        added.textProperty().bind(board.folderAddedNotice());
        added.visibleProperty().bind(added.textProperty().isNotEmpty());
        added.managedProperty().bind(added.visibleProperty());
        return added;
    }

    private Label notice() {
        Label notice = new Label();
        notice.setId("board-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(board.exports().noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        board.exports().problemProperty().addListener((o, was, now) -> notice.pseudoClassStateChanged(PROBLEM, now));
        notice.pseudoClassStateChanged(PROBLEM, board.exports().problemProperty().get());
        notice.getStyleClass().add("board-notice");
        return notice;
    }

    private VBox problems() {
        VBox lines = new VBox(2);
        lines.setId("board-problems");
        Runnable fill = () -> lines.getChildren().setAll(board.problems().stream().map(text -> {
            Label line = new Label(text);
            line.getStyleClass().add("board-problem");
            return line;
        }).toList());
        board.problems().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return lines;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
