package app.followup.ui.controls;

import app.followup.ui.common.I18n;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.BorderPane;

/**
 * A page's table: column headings that stay above the fields, one line of fields per row, columns as wide as
 * their content, and Add, Move up, Move down and Remove under it, or above it ({@link #putButtonsAbove()}). Move
 * and Remove act on the row being edited (highlighted); Ctrl+Up, Ctrl+Down and Alt+Delete do the same from the
 * keyboard. Tab reaches the buttons after the fields wherever they stand, as a form is read.
 *
 * <p>A grid of fields rather than a {@link javafx.scene.control.TableView}: a page holds a handful of rows, and
 * every value stays visible and editable at once, with no edit mode to enter and commit, no edit lost when the
 * mouse leaves a cell, Tab walking the fields in reading order, and the fields' ids and context menus unchanged.
 *
 * <p>A table with many columns puts some of them on a second line under the first ones ({@link Column#below()}),
 * with a second line of headings to match, so that it stays narrow enough for a laptop. The table is never
 * narrower than its columns: the wizard gives the page that width rather than scroll the table sideways.
 */
public final class RowTable<R extends EditableRow<?>> extends BorderPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MOVE_DOWN =
            new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.ALT_DOWN);

    /**
     * A column: its heading, the field shown for a row, whether it takes the width left over, and whether it is
     * on the row's second line, sharing its width with the column above it.
     */
    public record Column<R>(String headingKey, Function<R, Node> cell, boolean grows, boolean below) {
        public Column(String headingKey, Function<R, Node> cell, boolean grows) {
            this(headingKey, cell, grows, false);
        }

        /** A column on the row's second line. */
        public static <R> Column<R> below(String headingKey, Function<R, Node> cell) {
            return new Column<>(headingKey, cell, false, true);
        }
    }

    private final RowList<?, R> rows;
    private final I18n i18n;
    private final RowTableColumns<R> columns;
    private final GridPane grid = new GridPane();
    /** Grid lines per row, and grid lines of headings: two each when some columns are below the others. */
    private final int linesPerRow;
    private final Map<R, Line> lines = new IdentityHashMap<>();
    private R current;
    private final Button up;
    private final Button down;
    private final Button remove;
    private final HBox actions;
    /** A blank row's fields, out of sight, that keep a table without rows as wide as one with them; or null. */
    private Line widthKeeper;
    private boolean keepingWidth;

    /** The fields of one row, and the band behind them that shows the row being edited. */
    private final class Line {
        final Region band = new Region();
        final List<Node> cells = new ArrayList<>();

        Line(R row) {
            band.getStyleClass().add("row-table-band");
            band.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            for (Column<R> column : columns) {
                Node cell = column.cell().apply(row);
                cell.focusWithinProperty().addListener((o, was, now) -> {
                    if (now) {
                        makeCurrent(row);
                    }
                });
                if (cell instanceof Region region) {
                    region.setMaxWidth(Double.MAX_VALUE);
                }
                // level with the first line of a field that wraps: centred, a date or a choice drifted down as a
                // neighbour grew by a line, away from the mouse
                if (GridPane.getValignment(cell) == null) {
                    GridPane.setValignment(cell, VPos.TOP);
                }
                cells.add(cell);
            }
        }

        void place(int index) {
            int top = linesPerRow + index * linesPerRow;
            grid.getChildren().remove(band);
            grid.add(band, 0, top, columns.gridColumns(), linesPerRow);
            band.toBack();
            for (int c = 0; c < cells.size(); c++) {
                Node cell = cells.get(c);
                int column = columns.gridColumn(c);
                int line = top + (columns.get(c).below() ? 1 : 0);
                if (cell.getParent() == grid) {
                    GridPane.setConstraints(cell, column, line);
                } else {
                    grid.add(cell, column, line);
                }
                // a row's two lines stay together, apart from the next row
                GridPane.setMargin(cell, linesPerRow > 1 && !columns.get(c).below() && index > 0
                        ? new Insets(8, 0, 0, 0) : Insets.EMPTY);
            }
        }

        /** Out of sight and of no height: only its fields' widths count. */
        void keepWidthOnly() {
            band.setVisible(false);
            for (Node cell : cells) {
                cell.setVisible(false);
                // never focused: typing must not go into a row that is not there
                cell.setDisable(true);
                cell.setFocusTraversable(false);
                cell.setId(null);
                if (cell instanceof Region region) {
                    region.setMinHeight(0);
                    region.setPrefHeight(0);
                    region.setMaxHeight(0);
                }
            }
        }

        void detach() {
            grid.getChildren().remove(band);
            grid.getChildren().removeAll(cells);
        }

        void focusFirst() {
            cells.stream().filter(Node::isFocusTraversable).findFirst().ifPresent(Node::requestFocus);
        }
    }

    public RowTable(String id, RowList<?, R> rows, List<Column<R>> columns, I18n i18n, String addKey,
                    Supplier<R> adder) {
        this.rows = rows;
        this.i18n = i18n;
        this.columns = new RowTableColumns<>(columns);
        this.linesPerRow = this.columns.linesPerRow();
        setId(id);
        getStyleClass().add("row-table");
        grid.getStyleClass().add("row-table-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        this.columns.headingsInto(grid, i18n);
        grid.setMinWidth(Region.USE_PREF_SIZE);

        Button add = new Button();
        add.textProperty().bind(i18n.text(addKey));
        add.setId(id + "-add");
        add.getStyleClass().add("add-row");
        add.setOnAction(e -> {
            R row = adder.get();
            Line line = lines.get(row);
            if (line != null) {
                line.focusFirst();
            }
        });
        up = RowButton.of(id + "-up", i18n, "row.up", "↑", MOVE_UP, () -> move(-1));
        down = RowButton.of(id + "-down", i18n, "row.down", "↓", MOVE_DOWN, () -> move(1));
        remove = RowButton.of(id + "-remove", i18n, "row.remove", "✕", REMOVE, this::removeCurrent);
        // whole words: at 1024×700 "Add participant" was cut to "..." beside the letter
        add.setMinWidth(Region.USE_PREF_SIZE);
        actions = new HBox(6, add, up, down, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        // the grid first among the children, so that Tab reaches the buttons after the fields
        setCenter(grid);
        setBottom(actions);
        BorderPane.setMargin(actions, new Insets(8, 0, 0, 0));

        grid.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Runnable action = MOVE_UP.match(event) ? () -> move(-1) : MOVE_DOWN.match(event) ? () -> move(1)
                    : REMOVE.match(event) ? this::removeCurrent : null;
            if (action != null && current != null) {
                event.consume();
                action.run();
            }
        });
        rows.rows().addListener((ListChangeListener<R>) change -> sync());
        sync();
    }

    /**
     * The buttons above the rows, for a table whose fields wrap: a row that grows as the user types moved the
     * buttons under it down, under the mouse on its way to them (the evidence's Add, a tester's complaint).
     */
    public void putButtonsAbove() {
        setBottom(null);
        setTop(actions);
        BorderPane.setMargin(actions, new Insets(0, 0, 8, 0));
    }

    /** Another way to add rows, put right after the Add button. */
    public void addAction(Node action) {
        if (action instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        actions.getChildren().add(1, action);
    }

    /**
     * Without rows the table is as wide as with them: the columns take the widths of this blank row's fields, kept
     * out of sight. The headings alone made a narrow table, so at 1024×700 a new application's participants page
     * stood beside the letter on its first visit and made its room only once a row was added.
     */
    public void keepsTheWidthOf(R blank) {
        keepsTheWidthOf(blank, new SimpleBooleanProperty(true));
    }

    /**
     * As {@link #keepsTheWidthOf(EditableRow)}, while {@code when} holds: a table the page shows but does not ask
     * to be filled (the plan, in a letter that is not to the decision maker) leaves its room to the letter.
     */
    public void keepsTheWidthOf(R blank, ObservableBooleanValue when) {
        widthKeeper = new Line(blank);
        widthKeeper.keepWidthOnly();
        keepingWidth = when.get();
        when.addListener((o, was, now) -> {
            keepingWidth = now;
            sync();
        });
        sync();
    }

    /** Makes the lines match the rows, keeping the fields of rows that stay, and the focus in them. */
    private void sync() {
        List<R> now = rows.rows();
        lines.keySet().removeIf(row -> {
            if (now.stream().noneMatch(r -> r == row)) {
                lines.get(row).detach();
                return true;
            }
            return false;
        });
        for (int i = 0; i < now.size(); i++) {
            lines.computeIfAbsent(now.get(i), Line::new).place(i);
        }
        if (widthKeeper != null) {
            widthKeeper.detach();
            if (now.isEmpty() && keepingWidth) {
                widthKeeper.place(0);
            }
        }
        if (current != null && !lines.containsKey(current)) {
            makeCurrent(null);
        }
        refreshActions();
    }

    private void makeCurrent(R row) {
        if (row != null && !lines.containsKey(row)) {
            return;
        }
        if (current != null && lines.containsKey(current)) {
            lines.get(current).band.pseudoClassStateChanged(CURRENT, false);
        }
        current = row;
        if (row != null) {
            lines.get(row).band.pseudoClassStateChanged(CURRENT, true);
        }
        refreshActions();
    }

    private void refreshActions() {
        int index = current == null ? -1 : rows.rows().indexOf(current);
        up.setDisable(index <= 0);
        down.setDisable(index < 0 || index >= rows.rows().size() - 1);
        remove.setDisable(index < 0);
    }

    private void move(int by) {
        if (current != null) {
            rows.move(current, by);
            refreshActions();
        }
    }

    /**
     * Removes the row being edited; the editing goes on in the row that takes its place, or the one above. The focus
     * moves there before the row goes: a focused field taken out of the window hands the focus on by traversal,
     * and the page scrolled to wherever that landed.
     */
    private void removeCurrent() {
        if (current == null) {
            return;
        }
        R removed = current;
        int index = rows.rows().indexOf(removed);
        int column = columnOfFocus(lines.get(removed));
        int neighbour = index + 1 < rows.rows().size() ? index + 1 : index - 1;
        if (neighbour >= 0) {
            Line next = lines.get(rows.rows().get(neighbour));
            Node cell = next.cells.get(Math.max(column, 0));
            if (cell.isFocusTraversable()) {
                cell.requestFocus();
            } else {
                next.focusFirst();
            }
        }
        rows.remove(removed);
    }

    private static int columnOfFocus(RowTable<?>.Line line) {
        for (int c = 0; c < line.cells.size(); c++) {
            if (line.cells.get(c).isFocusWithin()) {
                return c;
            }
        }
        return 0;
    }
}
