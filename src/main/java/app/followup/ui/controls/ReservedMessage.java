package app.followup.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A line under buttons that says what they did, taking its room before anything is said: a message that
 * appeared out of nowhere pushed the buttons below it down, and the user's next click hit the wrong one. It keeps
 * room for a few wrapped lines, grows only for a longer message, and never shrinks back, so that no later message
 * moves anything either.
 */
public final class ReservedMessage extends Label {
    private final int lines;
    private double tallest;

    public ReservedMessage(int lines) {
        this.lines = lines;
        setWrapText(true);
        // the text starts at the top of its room, right under the buttons it speaks of
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
    }

    @Override
    protected double computePrefHeight(double width) {
        Text room = new Text(String.join("\n", java.util.Collections.nCopies(lines, "Ag")));
        room.setFont(getFont());
        room.setLineSpacing(getLineSpacing());
        // measured as a label measures its own lines, which are taller than plain text's
        room.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
        double reserved = room.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset();
        tallest = Math.max(tallest, Math.max(reserved, super.computePrefHeight(width)));
        return tallest;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
