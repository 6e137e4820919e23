package app.followup.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table's column heading. It asks only for the width of its longest word and wraps at spaces, so a long heading
 * ("Fornavn i hilsen") takes two lines over a narrow column instead of widening it or being cut short.
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

    @Override
    protected double computePrefWidth(double height) {
        double longest = 0;
        String text = getText() == null ? "" : getText();
        for (String word : text.split("\\s+")) {
            Text measured = new Text(word);
            measured.setFont(getFont());
            longest = Math.max(longest, measured.getLayoutBounds().getWidth());
        }
        // rounded up: a fraction of a pixel short is enough for an ellipsis
        return Math.ceil(longest) + 1 + snappedLeftInset() + snappedRightInset();
    }
}
