package app.followup.ui.board;

import java.nio.file.Path;
import app.followup.letter.NudgeComposer;
import app.followup.ui.common.I18n;
import app.followup.model.ApplicationState;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The applications board: one row per application, the most urgent first, overdue and today marked. */
public final class BoardView extends VBox {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final BoardViewModel board;
    private final I18n i18n;
    private final TableView<BoardRow> table = new TableView<>();
    /** Made once per language, not per cell: a pattern is parsed each time a formatter is made. */
    private DateTimeFormatter dateFormat;

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

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, folderBar(), table, actions(), notice(), problems());
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

    /**
     * The rows are read again whenever a file in the folder changes (a save from the board included); the
     * application the user had selected stays selected, so that the next click acts on it.
     */
    private void keepSelectionThroughReloads() {
        Path[] selected = new Path[1];
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                selected[0] = now.file();
            }
        });
        board.rows().addListener((ListChangeListener<BoardRow>) change -> {
            if (selected[0] != null && table.getSelectionModel().getSelectedItem() == null) {
                board.rows().stream().filter(row -> row.file().equals(selected[0])).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
        });
    }

    private void buildTable() {
        table.setId("board-table");
        table.setItems(board.rows());
        keepSelectionThroughReloads();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(board.loadingProperty())
                .then(i18n.text("board.loading")).otherwise(i18n.text("board.empty")));
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        table.setPlaceholder(empty);
        table.getColumns().add(column("board.column.employer", "board-employer", BoardRow::employer,
                Function.identity(), String.CASE_INSENSITIVE_ORDER, 150));
        table.getColumns().add(column("board.column.position", "board-position", BoardRow::position,
                Function.identity(), String.CASE_INSENSITIVE_ORDER, 150));
        table.getColumns().add(column("board.column.round", "board-round", Function.identity(), this::round,
                Comparator.comparingInt(BoardRow::round), 180));
        table.getColumns().add(column("board.column.lastInterview", "board-interview", BoardRow::lastInterview,
                this::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()), 100));
        table.getColumns().add(column("board.column.what", "board-what", BoardRow::what,
                what -> i18n.get("board.what." + what.code()), Comparator.naturalOrder(), 180));
        table.getColumns().add(column("board.column.due", "board-due", Function.identity(), this::dueText,
                BoardViewModel.mostUrgentFirst(board.today()), 150));
        table.getColumns().add(column("board.column.state", "board-state", BoardRow::state,
                state -> i18n.get("board.state." + state.code()), Comparator.naturalOrder(), 80));
        table.setRowFactory(t -> {
            TableRow<BoardRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BoardRow item, boolean empty) {
                    super.updateItem(item, empty);
                    BoardRow.Timing timing = empty || item == null ? BoardRow.Timing.NONE : item.timing();
                    pseudoClassStateChanged(OVERDUE, timing == BoardRow.Timing.OVERDUE);
                    pseudoClassStateChanged(TODAY, timing == BoardRow.Timing.TODAY);
                    pseudoClassStateChanged(CLOSED, !empty && item != null
                            && item.state() != ApplicationState.ACTIVE);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    board.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            BoardRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                board.open(selected);
                event.consume();
            }
        });
        // the language changes the words in the cells, not the rows
        dateFormat = dateFormat();
        i18n.localeProperty().addListener(o -> {
            dateFormat = dateFormat();
            table.refresh();
        });
    }

    /** A column of values of type T, shown as text and sorted by the values themselves. */
    private <T> TableColumn<BoardRow, T> column(String key, String id, Function<BoardRow, T> value,
                                                Function<T, String> text, Comparator<T> order, double width) {
        TableColumn<BoardRow, T> column = new TableColumn<>();
        column.setId(id);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // a narrow column wraps its words onto a second line rather than cut them short
        column.setCellFactory(c -> {
            TableCell<BoardRow, T> cell = new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text.apply(item));
                }
            };
            cell.setWrapText(true);
            return cell;
        });

        column.setComparator(order);
        column.setPrefWidth(width);
        // the table shares out what is left, but never below the width of the longest word, which cannot wrap
        column.setMinWidth(width * 0.8);
        return column;
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

    private String round(BoardRow row) {
        if (row.round() == 0) {
            return i18n.get("board.due.none");
        }
        return row.round() + " · " + i18n.get("board.stage." + row.stage().code());
    }

    private String dueText(BoardRow row) {
        return switch (row.timing()) {
            case TODAY -> i18n.get("board.due.today");
            case OVERDUE -> i18n.get("board.due.overdue", date(row.due()));
            default -> row.due() == null ? i18n.get("board.due.none") : date(row.due());
        };
    }

    private String date(LocalDate day) {
        return day == null ? "" : dateFormat.format(day);
    }

    private DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(i18n.get("board.date.pattern"), i18n.localeProperty().get());
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
