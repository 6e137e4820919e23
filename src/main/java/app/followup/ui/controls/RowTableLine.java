package app.followup.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The fields of one row of a {@link RowTable}, and the band behind them that shows the row being edited. */
final class RowTableLine<R> {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final Region band = new Region();
    private final List<Node> cells = new ArrayList<>();
    private final GridPane grid;
    private final RowTableColumns<R> columns;

    /** @param editing told when the focus enters one of the row's fields */
    RowTableLine(R row, GridPane grid, RowTableColumns<R> columns, Consumer<R> editing) {
        this.grid = grid;
        this.columns = columns;
        band.getStyleClass().add("row-table-band");
        band.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        for (RowTable.Column<R> column : columns) {
            Node cell = column.cell().apply(row);
            cell.focusWithinProperty().addListener((o, was, now) -> {
                if (now) {
                    editing.accept(row);
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

    /** Puts the row's fields on the grid lines of the row at {@code index}, under the headings. */
    void place(int index) {
        int linesPerRow = columns.linesPerRow();
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

    void showCurrent(boolean current) {
        band.pseudoClassStateChanged(CURRENT, current);
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

    /** Focuses the field in the given column, or the first one when that field takes no focus. */
    void focusColumn(int column) {
        Node cell = cells.get(Math.max(column, 0));
        if (cell.isFocusTraversable()) {
            cell.requestFocus();
        } else {
            focusFirst();
        }
    }

    /** The column whose field has the focus, or 0. */
    int columnOfFocus() {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isFocusWithin()) {
                return c;
            }
        }
        return 0;
    }
}
