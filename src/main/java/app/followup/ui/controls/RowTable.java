package app.followup.ui.controls;

import app.followup.ui.common.I18n;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
    private final RowTableColumns<R> columns;
    private final GridPane grid = new GridPane();
    private final Map<R, RowTableLine<R>> lines = new IdentityHashMap<>();
    private R current;
    private final Button up;
    private final Button down;
    private final Button remove;
    private final HBox actions;
    /** A blank row's fields, out of sight, that keep a table without rows as wide as one with them; or null. */
    private RowTableLine<R> widthKeeper;
    private boolean keepingWidth;

    public RowTable(String id, RowList<?, R> rows, List<Column<R>> columns, I18n i18n, String addKey,
                    Supplier<R> adder) {
        this.rows = rows;
        this.columns = new RowTableColumns<>(columns);
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
            RowTableLine<R> line = lines.get(row);
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
        widthKeeper = line(blank);
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
            lines.computeIfAbsent(now.get(i), this::line).place(i);
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
            lines.get(current).showCurrent(false);
        }
        current = row;
        if (row != null) {
            lines.get(row).showCurrent(true);
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
        int column = lines.get(removed).columnOfFocus();
        int neighbour = index + 1 < rows.rows().size() ? index + 1 : index - 1;
        if (neighbour >= 0) {
            lines.get(rows.rows().get(neighbour)).focusColumn(column);
        }
        rows.remove(removed);
    }

    private RowTableLine<R> line(R row) {
        return new RowTableLine<>(row, grid, columns, this::makeCurrent);
    }
}
