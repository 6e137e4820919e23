package app.followup.ui.controls;

import java.util.Arrays;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table's column heading. It asks for the width it needs on two lines and wraps at spaces, so a long heading
 * ("Fornavn i hilsenen") takes two lines over a narrow column: not one line widening the table, not three.
 */
final class ColumnHeading extends Label {
    ColumnHeading(ObservableValue<String> text) {
        textProperty().bind(text);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        setMinWidth(Region.USE_PREF_SIZE);
        // as wide as its column, so that it wraps only when the column is narrower than the whole heading
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("column-heading");
        textProperty().addListener(o -> requestLayout());
        fontProperty().addListener(o -> requestLayout());
    }

    /** As narrow as the heading can be on two lines, breaking at the space that makes its longer line shortest. */
    @Override
    protected double computePrefWidth(double height) {
        String[] words = (getText() == null ? "" : getText()).strip().split("\\s+");
        double best = widthOf(String.join(" ", words));
        for (int split = 1; split < words.length; split++) {
            String first = String.join(" ", Arrays.copyOfRange(words, 0, split));
            String second = String.join(" ", Arrays.copyOfRange(words, split, words.length));
            best = Math.min(best, Math.max(widthOf(first), widthOf(second)));
        }
        // rounded up: a fraction of a pixel short is enough for an ellipsis
        return Math.ceil(best) + 1 + snappedLeftInset() + snappedRightInset();
    }

    private double widthOf(String text) {
        Text measured = new Text(text);
        measured.setFont(getFont());
        return measured.getLayoutBounds().getWidth();
    }
}
