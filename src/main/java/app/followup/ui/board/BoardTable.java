package app.followup.ui.board;

import app.followup.ui.common.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The board's table: one row per application, overdue and today marked, sorted by any column; a double-click or
 * Enter opens the application.
 */
final class BoardTable extends TableView<BoardRow> {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** A heading's padding and its sort arrow, beside its longest word. */
    private static final double HEADING_PADDING = 26;

    private final BoardViewModel board;
    private final I18n i18n;
    private final BoardWords words;

    BoardTable(BoardViewModel board, I18n i18n) {
        this.board = board;
        this.i18n = i18n;
        this.words = new BoardWords(i18n);
        setId("board-table");
        setItems(board.rows());
        keepSelectionThroughReloads();
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(board.loadingProperty())
                .then(i18n.text("board.loading")).otherwise(i18n.text("board.empty")));
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        setPlaceholder(empty);
        addColumns();
        setRowFactory(t -> row());
        setOnKeyPressed(event -> {
            BoardRow selected = getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                board.open(selected);
                event.consume();
            }
        });
        // the language changes the words in the cells, not the rows
        i18n.localeProperty().addListener(o -> {
            words.languageChanged();
            refresh();
        });
    }

    /** The width of the heading's longest word in the headings' bold type. */
    private static double widestWord(String heading) {
        if (heading == null) {
            return 0;
        }
        Text word = new Text();
        word.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        double widest = 0;
        for (String each : heading.split("\\s+")) {
            word.setText(each);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private void addColumns() {
        getColumns().add(column("board.column.employer", "board-employer", BoardRow::employer,
                Comparator.comparing(BoardRow::employer, String.CASE_INSENSITIVE_ORDER), 140));
        // wide enough for a title such as "Enterprise Account Executive" on two lines
        getColumns().add(column("board.column.position", "board-position", BoardRow::position,
                Comparator.comparing(BoardRow::position, String.CASE_INSENSITIVE_ORDER), 165));
        // the number alone, the stage on hover: at laptop size the width goes to what is due
        getColumns().add(column("board.column.round", "board-round", words::round,
                Comparator.comparingInt(BoardRow::round), 62, words::roundInFull));
        getColumns().add(column("board.column.lastInterview", "board-interview", row -> words.date(row.lastInterview()),
                Comparator.comparing(BoardRow::lastInterview, Comparator.nullsFirst(Comparator.naturalOrder())), 95));
        // the widest: it names the step or the evidence in the user's own words, on two lines at most
        getColumns().add(column("board.column.what", "board-what", words::what,
                Comparator.comparing(BoardRow::what), 290, words::what));
        getColumns().add(column("board.column.due", "board-due", words::due,
                BoardViewModel.mostUrgentFirst(board.today()), 115));
        getColumns().add(column("board.column.state", "board-state", words::state,
                Comparator.comparing(BoardRow::state), 80));
    }

    /**
     * A column showing {@code text} of each row and sorted by {@code order}. The values are the rows themselves,
     * so a column sorts by what it means (a date by the date, not by its words).
     */
    private TableColumn<BoardRow, BoardRow> column(String key, String id, Function<BoardRow, String> text,
                                                   Comparator<BoardRow> order, double width) {
        return column(key, id, text, order, width, null);
    }

    /** As above, with {@code hover} (null for none) shown when the pointer rests on a cell. */
    private TableColumn<BoardRow, BoardRow> column(String key, String id, Function<BoardRow, String> text,
                                                   Comparator<BoardRow> order, double width,
                                                   Function<BoardRow, String> hover) {
        TableColumn<BoardRow, BoardRow> column = new TableColumn<>();
        column.setId(id);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        // a narrow column wraps its words onto a second line rather than cut them short
        column.setCellFactory(c -> {
            TableCell<BoardRow, BoardRow> cell = new TableCell<>() {
                @Override
                protected void updateItem(BoardRow item, boolean empty) {
                    super.updateItem(item, empty);
                    String shown = empty || item == null ? null : text.apply(item);
                    setText(shown);
                    if (hover != null) {
                        showOnHover(this, empty || item == null ? null : hover.apply(item));
                    }
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        column.setComparator(order);
        column.setPrefWidth(width);
        // the table shares out what is left, but never below the width of the longest word, which cannot wrap:
        // the cells' words are the user's (they may end in "…"), the heading's are ours and must be read whole
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(width * 0.8, widestWord(column.getText()) + HEADING_PADDING), column.textProperty()));
        return column;
    }

    /**
     * The user's own words can be longer than the row's two lines, which then end in "…", and the round column shows
     * the number only: the whole is shown when the pointer rests on the cell. The tooltip is made on first need, one
     * per cell, not one per row shown.
     */
    private static void showOnHover(TableCell<BoardRow, BoardRow> cell, String text) {
        if (text == null || text.isBlank()) {
            cell.setTooltip(null);
            return;
        }
        Tooltip whole = cell.getTooltip() != null ? cell.getTooltip() : new Tooltip();
        whole.setText(text);
        cell.setTooltip(whole);
    }

    private TableRow<BoardRow> row() {
        TableRow<BoardRow> row = new TableRow<>() {
            @Override
            protected void updateItem(BoardRow item, boolean empty) {
                super.updateItem(item, empty);
                BoardRow.Timing timing = empty || item == null ? BoardRow.Timing.NONE : item.timing();
                pseudoClassStateChanged(OVERDUE, timing == BoardRow.Timing.OVERDUE);
                pseudoClassStateChanged(TODAY, timing == BoardRow.Timing.TODAY);
                pseudoClassStateChanged(CLOSED, !empty && item != null && item.isClosed());
            }
        };
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                board.open(row.getItem());
            }
        });
        return row;
    }

    /**
     * The rows are read again whenever a file in the folder changes (a save from the board included); the
     * application the user had selected stays selected, so that the next click acts on it.
     */
    private void keepSelectionThroughReloads() {
        Path[] selected = new Path[1];
        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                selected[0] = now.file();
            }
        });
        board.rows().addListener((ListChangeListener<BoardRow>) change -> {
            if (selected[0] != null && getSelectionModel().getSelectedItem() == null) {
                board.rows().stream().filter(row -> row.file().equals(selected[0])).findFirst()
                        .ifPresent(row -> getSelectionModel().select(row));
            }
        });
    }
}
