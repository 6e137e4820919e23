package app.followup.ui.controls;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A choice box as wide as its widest choice from the start. A {@link ComboBox} is as wide as the shown choice
 * until its list is first opened, then as wide as the list: in a table, opening the role list made its column
 * wider and every column to the right jumped sideways under the mouse.
 */
public final class SteadyChoiceWidth {
    /** Room for the focus border, which is wider than the plain one. */
    private static final double FOCUS_ROOM = 6;
    private static final Object LABELS = new Object();

    private SteadyChoiceWidth() {
    }

    /** Sizes the box to its widest label now and whenever one of the given values changes (a new language). */
    public static <E> void keep(ComboBox<E> box, Function<E, String> label, Observable... changes) {
        // a second call (a page that names the choices its own way) replaces the labels for every trigger, the
        // first call's included, so that no late trigger fits the box to the labels it no longer shows
        box.getProperties().put(LABELS, label);
        Runnable update = () -> Platform.runLater(() -> fit(box));
        box.skinProperty().addListener(o -> update.run());
        box.sceneProperty().addListener(o -> update.run());
        // the font and the arrow's width are known only once the style sheet is applied: fitted again then
        box.buttonCellProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.fontProperty().addListener(p -> update.run());
            }
            update.run();
        });
        if (box.getButtonCell() != null) {
            box.getButtonCell().fontProperty().addListener(p -> update.run());
        }
        for (Observable change : changes) {
            change.addListener(o -> update.run());
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> void fit(ComboBox<E> box) {
        Function<E, String> label = (Function<E, String>) box.getProperties().get(LABELS);
        if (box.getScene() == null || box.getSkin() == null || label == null) {
            return;
        }
        box.applyCss();
        ListCell<E> cell = box.getButtonCell();
        Node arrow = box.lookup(".arrow-button");
        if (cell == null || arrow == null) {
            return;
        }
        if (arrow.getProperties().putIfAbsent(SteadyChoiceWidth.class,
                Boolean.TRUE) == null) {
            arrow.layoutBoundsProperty().addListener((o, was, now) -> {
                if (was.getWidth() != now.getWidth()) {
                    Platform.runLater(() -> fit(box));
                }
            });
        }
        Text measure = new Text();
        measure.setFont(cell.getFont());
        double widest = 0;
        for (E item : box.getItems()) {
            measure.setText(label.apply(item));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        double width = widest + cell.snappedLeftInset() + cell.snappedRightInset() + arrow.prefWidth(-1)
                + box.snappedLeftInset() + box.snappedRightInset() + FOCUS_ROOM;
        box.setPrefWidth(Math.ceil(width));
    }
}
