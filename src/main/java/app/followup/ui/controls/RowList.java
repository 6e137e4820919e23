package app.followup.ui.controls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The rows of one of a page's tables. Any change to a row, or to which rows there are and in what order, is
 * written back to the document as the list of records.
 */
public final class RowList<T, R extends EditableRow<T>> {
    private final ObservableList<R> rows = FXCollections.observableArrayList(EditableRow::observables);
    private final Function<T, R> toRow;
    private boolean loading;

    public RowList(Function<T, R> toRow, Consumer<List<T>> write) {
        this.toRow = toRow;
        rows.addListener((ListChangeListener<R>) change -> {
            if (!loading) {
                write.accept(rows.stream().map(EditableRow::toRecord).toList());
            }
        });
    }

    public void load(List<T> records) {
        loading = true;
        try {
            rows.setAll(records.stream().map(toRow).toList());
        } finally {
            loading = false;
        }
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public R add(R row) {
        rows.add(row);
        return row;
    }

    public void remove(R row) {
        rows.remove(row);
    }

    /**
     * Moves a row up (-1) or down (+1); nothing happens at either end. One reordering of the list, not a removal and
     * an insertion, so that a table showing the rows keeps the moved row's fields, and the focus in them.
     */
    public void move(R row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        List<R> order = new ArrayList<>(rows);
        order.add(to, order.remove(from));
        rows.sort(Comparator.comparingInt(order::indexOf));
    }
}
