package app.followup.ui.controls;

import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * A table field as wide as its text, within limits, so a column fits its longest entry. The width follows the
 * text when the field is shown and when the user leaves it, not at every key: a column that grew while typing
 * would make the whole table jump.
 */
public final class FieldWidth {
    private FieldWidth() {
    }

    public static <T extends TextField> T fitText(T field, double min, double max) {
        Runnable fit = () -> field.setPrefWidth(Math.max(min, Math.min(max, widthOf(field))));
        fit.run();
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                fit.run();
            }
        });
        field.fontProperty().addListener(o -> fit.run());
        field.promptTextProperty().addListener(o -> fit.run());
        return field;
    }

    private static double widthOf(TextField field) {
        String text = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
        Text measured = new Text(text == null ? "" : text);
        measured.setFont(field.getFont());
        // the field's padding and border, and room for the caret at the end
        return Math.ceil(measured.getLayoutBounds().getWidth()) + field.snappedLeftInset()
                + field.snappedRightInset() + 12;
    }
}
