package app.followup.ui.controls;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A date field as wide as a date written the way the window's language writes it, and its calendar button: a
 * date is ten characters, and a field stretched to half the page pushed the live letter out of sight. The width
 * follows the language (its converter), the font and the padding the style sheet brings.
 */
public final class DateFieldWidth {
    /** The longest date of either language's format: two-digit day and month ("28.12.2026", "28/12/2026"). */
    private static final LocalDate WIDEST = LocalDate.of(2026, 12, 28);
    /** Room for the caret after the last digit, so the text never scrolls while the date is typed. */
    private static final double CARET = 4;

    private DateFieldWidth() {
    }

    public static DatePicker fit(DatePicker picker) {
        Runnable fit = () -> picker.setPrefWidth(widthOf(picker));
        fit.run();
        TextField editor = picker.getEditor();
        editor.insetsProperty().addListener(o -> fit.run());
        editor.fontProperty().addListener(o -> fit.run());
        picker.insetsProperty().addListener(o -> fit.run());
        picker.converterProperty().addListener(o -> fit.run());
        // the calendar button comes with the skin, and its padding with the style sheet after that
        picker.skinProperty().addListener(o -> {
            if (button(picker) instanceof Region button) {
                button.insetsProperty().addListener(p -> fit.run());
            }
            fit.run();
        });
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.setMaxWidth(Region.USE_PREF_SIZE);
        return picker;
    }

    private static double widthOf(DatePicker picker) {
        TextField editor = picker.getEditor();
        Text date = new Text(picker.getConverter().toString(WIDEST));
        date.setFont(editor.getFont());
        Node button = button(picker);
        // before the skin is made: a square button as high as a line of text, about
        double buttonWidth = button instanceof Region region ? region.prefWidth(-1) : editor.getFont().getSize() * 2.5;
        return Math.ceil(date.getLayoutBounds().getWidth()) + CARET + editor.snappedLeftInset()
                + editor.snappedRightInset() + buttonWidth + picker.snappedLeftInset() + picker.snappedRightInset();
    }

    private static Node button(DatePicker picker) {
        return picker.lookup(".arrow-button");
    }
}
