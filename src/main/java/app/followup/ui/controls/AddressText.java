package app.followup.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A line of text holding e-mail addresses ("Hans Petter Lunde – hans.petter@nordlys.example"), wrapped only where
 * a reader expects a line to end: at a space, and inside an address before its "@" or a ".". JavaFX wraps a word
 * that does not fit at whatever letter the room ends, which showed "…@nordlys-sof" over "tware.example".
 */
public final class AddressText extends Region {
    private static final List<String> DASHES = List.of("–", "—", "-");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    /** Whether each piece follows a space, in the order of the children. */
    private final List<Boolean> spaced = new ArrayList<>();

    public AddressText() {
        getStyleClass().add("address-text");
        text.addListener((o, was, now) -> split(now == null ? "" : now));
    }

    public AddressText(String text) {
        this();
        setText(text);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** The pieces between the places where a line may end, the address pieces starting with their "@" or ".". */
    static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        if (!word.contains("@")) {
            pieces.add(word);
            return pieces;
        }
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            // "name@example.com." at a sentence's end keeps its last full stop: a line never starts with it
            boolean last = i == word.length() - 1;
            if ((c == '@' || c == '.') && !last) {
                pieces.add(word.substring(start, i));
                start = i;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private void split(String value) {
        getChildren().clear();
        spaced.clear();
        boolean afterSpace = false;
        for (String word : value.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (DASHES.contains(word) && !getChildren().isEmpty()) {
                // "Lunde –" stays together: a line that starts with the dash reads as a list
                Label before = (Label) getChildren().get(getChildren().size() - 1);
                before.setText(before.getText() + " " + word);
                continue;
            }
            boolean first = true;
            for (String piece : pieces(word)) {
                Label label = new Label(piece);
                label.getStyleClass().add("address-piece");
                label.setMinWidth(Region.USE_PREF_SIZE);
                getChildren().add(label);
                spaced.add(first && afterSpace);
                first = false;
            }
            afterSpace = true;
        }
        setAccessibleText(value);
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node piece : getChildren()) {
            widest = Math.max(widest, piece.prefWidth(-1));
        }
        return widest + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (int i = 0; i < getChildren().size(); i++) {
            width += (spaced.get(i) ? space() : 0) + getChildren().get(i).prefWidth(-1);
        }
        return width + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double room = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        return lines(room).size() * lineHeight() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double y = snappedTopInset();
        double lineHeight = lineHeight();
        for (List<Placed> line : lines(room)) {
            for (Placed placed : line) {
                placed.piece.resizeRelocate(snappedLeftInset() + placed.x, y, placed.width, lineHeight);
            }
            y += lineHeight;
        }
    }

    private record Placed(Node piece, double x, double width) {
    }

    /** Pieces side by side while they fit; a piece that does not starts the next line, without its space. */
    private List<List<Placed>> lines(double room) {
        List<List<Placed>> lines = new ArrayList<>();
        List<Placed> line = new ArrayList<>();
        double x = 0;
        double space = space();
        for (int i = 0; i < getChildren().size(); i++) {
            Node piece = getChildren().get(i);
            double width = piece.prefWidth(-1);
            double gap = spaced.get(i) && !line.isEmpty() ? space : 0;
            if (!line.isEmpty() && x + gap + width > room + 0.5) {
                lines.add(line);
                line = new ArrayList<>();
                x = 0;
                gap = 0;
            }
            line.add(new Placed(piece, x + gap, width));
            x += gap + width;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private double lineHeight() {
        return getChildren().isEmpty() ? 0 : getChildren().get(0).prefHeight(-1);
    }

    private double space() {
        if (getChildren().isEmpty()) {
            return 0;
        }
        Text space = new Text(" ");
        space.setFont(((Label) getChildren().get(0)).getFont());
        return space.getLayoutBounds().getWidth();
    }
}
