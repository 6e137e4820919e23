package app.followup.ui.controls;

import app.followup.ui.common.I18n;
import java.util.Iterator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Where a {@link RowTable}'s columns stand in its grid: a column "below" sits under the one in the same place above,
 * so a row takes two grid lines when there is one; and the headings and column widths of the grid.
 */
final class RowTableColumns<R> implements Iterable<RowTable.Column<R>> {
    private final List<RowTable.Column<R>> columns;

    RowTableColumns(List<RowTable.Column<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    RowTable.Column<R> get(int index) {
        return columns.get(index);
    }

    int size() {
        return columns.size();
    }

    @Override
    public Iterator<RowTable.Column<R>> iterator() {
        return columns.iterator();
    }

    /** Grid lines per row, and grid lines of headings: two each when some columns are below the others. */
    int linesPerRow() {
        return columns.stream().anyMatch(RowTable.Column::below) ? 2 : 1;
    }

    /** The grid column of the column at this index. */
    int gridColumn(int index) {
        RowTable.Column<R> column = columns.get(index);
        int place = 0;
        for (int c = 0; c < index; c++) {
            if (columns.get(c).below() == column.below()) {
                place++;
            }
        }
        return place;
    }

    int gridColumns() {
        long above = columns.stream().filter(c -> !c.below()).count();
        long below = columns.size() - above;
        return (int) Math.max(above, below);
    }

    /** The grid's column widths and its heading line(s). */
    void headingsInto(GridPane grid, I18n i18n) {
        for (int c = 0; c < gridColumns(); c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            // never narrower than the widest field or heading: the page is made wide enough instead of cutting text
            constraints.setMinWidth(Region.USE_PREF_SIZE);
            int column = c;
            constraints.setHgrow(columns.stream().anyMatch(k -> k.grows() && gridColumn(columns.indexOf(k)) == column)
                    ? Priority.ALWAYS : Priority.NEVER);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        for (int c = 0; c < columns.size(); c++) {
            ColumnHeading heading = new ColumnHeading(i18n.text(columns.get(c).headingKey()));
            // a heading that wraps makes the row taller: the others sit on its last line, just above their fields
            GridPane.setValignment(heading, VPos.BOTTOM);
            if (columns.get(c).below()) {
                heading.getStyleClass().add("below");
            }
            grid.add(heading, gridColumn(c), columns.get(c).below() ? 1 : 0);
        }
    }
}
