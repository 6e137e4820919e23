package app.followup.ui.controls;

import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * A table field as wide as its text, within limits, so a column fits its longest entry. The width is decided when
 * the field is styled (its font, padding and border known) and when its hint changes, never from what the user
 * types nor when the user leaves the field: a column that grew under the user's hands would move every column to
 * its right, and the divider beside the page, under the mouse. The lower limit is what keeps typed values whole.
 */
public final class FieldWidth {
    private FieldWidth() {
    }

    public static <T extends TextField> T fitText(T field, double min, double max) {
        Runnable fit = () -> field.setPrefWidth(Math.max(min, Math.min(max, widthOf(field))));
        fit.run();
        // the padding and border come with the style sheet, after the field is made
        field.insetsProperty().addListener(o -> fit.run());
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
