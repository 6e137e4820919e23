package app.followup.ui.controls;

import app.followup.ui.common.I18n;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Rows of fields with Remove, Move up and Move down beside each, and an Add button under them: the table editor
 * of the Participants, Evidence, Progress plan and Their words parts. Tab moves through a row's fields in order.
 */
public final class RowsEditor<R extends EditableRow<?>> extends VBox {
    private final RowList<?, R> rows;
    private final Function<R, Node> rowView;
    private final I18n i18n;
    private final VBox lines = new VBox(8);

    public RowsEditor(String id, RowList<?, R> rows, Function<R, Node> rowView, I18n i18n, String addKey,
               Supplier<R> adder) {
        super(10);
        this.rows = rows;
        this.rowView = rowView;
        this.i18n = i18n;
        setId(id);
        Button add = new Button();
        add.textProperty().bind(i18n.text(addKey));
        add.setId(id + "-add");
        add.getStyleClass().add("add-row");
        add.setOnAction(e -> adder.get());
        getChildren().addAll(lines, add);
        rows.rows().addListener((ListChangeListener<R>) change -> {
            while (change.next()) {
                if (change.wasPermutated() || change.wasReplaced()) {
                    rebuild();
                    return;
                }
                // one row added or removed at a time is the common case: touch only that row's line
                if (change.wasRemoved()) {
                    lines.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        lines.getChildren().add(i, line(rows.rows().get(i)));
                    }
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        lines.getChildren().setAll(rows.rows().stream().map(this::line).toList());
    }

    private HBox line(R row) {
        Node fields = rowView.apply(row);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox line = new HBox(6, fields, button("↑", "row.up", () -> rows.move(row, -1)),
                button("↓", "row.down", () -> rows.move(row, 1)),
                button("✕", "row.remove", () -> rows.remove(row)));
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("row-line");
        return line;
    }

    private Button button(String symbol, String tooltipKey, Runnable action) {
        Button button = new Button(symbol);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(tooltipKey));
        button.setTooltip(tooltip);
        button.setAccessibleText(i18n.get(tooltipKey));
        button.setFocusTraversable(false);
        button.getStyleClass().addAll("row-button", "flat");
        button.setOnAction(e -> action.run());
        return button;
    }
}
