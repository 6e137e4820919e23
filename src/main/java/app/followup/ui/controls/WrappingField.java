package app.followup.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A one-line value in a narrow column (a plan's milestone, what a piece of evidence is): a text area that wraps the value and is as high as its
 * lines, so the whole value stays in sight however narrow the column is, where a text field would hide its end.
 * The value stays one line: Enter adds no line break, and a pasted line break becomes a space; {@link #growing}
 * is the same for a field of several lines.
 */
public final class WrappingField {
    /**
     * A hair narrower than the area's own wrapping, so a line the area breaks is never counted as one: an extra
     * line shows as a blank line, a missing one as a scroll bar over the text.
     */
    private static final double SLACK = 2;

    private WrappingField() {
    }

    public static TextArea of(TextArea area) {
        return of(area, 1);
    }

    /**
     * Never fewer than {@code leastLines} high: a field with something under it that the user clicks next (the
     * next step's date) keeps that still while a value of up to that many lines is typed.
     */
    public static TextArea of(TextArea area, int leastLines) {
        // as high as a text field on one line, its text level with the fields beside it (app.css)
        area.getStyleClass().add("wrapping-field");
        oneLine(area);
        return growing(area, leastLines);
    }

    /**
     * A field of several lines (one cause per line) that is as high as its wrapped lines and never fewer than
     * {@code leastLines}: a fixed four lines showed four and a half of three wrapped causes at 1024×700, the first
     * scrolled out of sight. The page scrolls instead of the field.
     */
    public static TextArea growing(TextArea area, int leastLines) {
        area.setWrapText(true);
        area.setPrefRowCount(leastLines);
        area.setMinHeight(Region.USE_PREF_SIZE);
        Runnable fit = () -> {
            int lines = lines(area);
            if (lines > 0 && Math.max(leastLines, lines) != area.getPrefRowCount()) {
                area.setPrefRowCount(Math.max(leastLines, lines));
            }
        };
        area.widthProperty().addListener(o -> fit.run());
        area.textProperty().addListener(o -> fit.run());
        area.fontProperty().addListener(o -> fit.run());
        area.insetsProperty().addListener(o -> fit.run());
        area.skinProperty().addListener(o -> {
            if (content(area) instanceof Region content) {
                content.insetsProperty().addListener(p -> fit.run());
            }
            fit.run();
        });
        return area;
    }

    private static void oneLine(TextArea area) {
        var composing = area.getTextFormatter() == null ? null : area.getTextFormatter().getFilter();
        area.setTextFormatter(new TextFormatter<String>(change -> {
            TextFormatter.Change composed = composing == null ? change : composing.apply(change);
            if (composed != null && composed.getText().matches("(?s).*[\\r\\n].*")) {
                composed.setText(composed.getText().replaceAll("\\s*[\\r\\n]+\\s*", " "));
            }
            return composed;
        }));
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
    }

    /** The lines the value takes at the area's width; 0 while the area is not yet laid out and styled. */
    private static int lines(TextArea area) {
        if (!(content(area) instanceof Region content) || area.getWidth() <= 0) {
            return 0;
        }
        double wrapping = area.getWidth() - area.snappedLeftInset() - area.snappedRightInset()
                - content.snappedLeftInset() - content.snappedRightInset() - SLACK;
        if (wrapping <= 0) {
            return 0;
        }
        Text one = new Text("X");
        one.setFont(area.getFont());
        Text all = new Text(area.getText() == null || area.getText().isEmpty() ? "X" : area.getText());
        all.setFont(area.getFont());
        all.setWrappingWidth(wrapping);
        return Math.max(1, (int) Math.round(all.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight()));
    }

    private static Node content(TextArea area) {
        return area.lookup(".content");
    }
}
