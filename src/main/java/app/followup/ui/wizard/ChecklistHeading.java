package app.followup.ui.wizard;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The checklist's heading line: its title (and count), a one-line summary, and the show/hide button at the right
 * end. The summary sits beside the title where the whole of it fits, and goes under the title, at the panel's full
 * width, where it does not: squeezed between the title and the button it wrapped a word to a line and split
 * "merknader" in two.
 */
final class ChecklistHeading extends Region {
    private static final double GAP = 8;
    private static final double UNDER_GAP = 2;
    private final Node title;
    private final Node count;
    private final Label summary;
    private final Node toggle;

    ChecklistHeading(Node title, Node count, Label summary, Node toggle) {
        this.title = title;
        this.count = count;
        this.summary = summary;
        this.toggle = toggle;
        getChildren().addAll(title, count, summary, toggle);
    }

    /** Whether the summary shows beside the title at this width (the heading's own, insets included). */
    boolean summaryBeside(double width) {
        return summary.isManaged() && summary.prefWidth(-1) <= besideRoom(width);
    }

    private double besideRoom(double width) {
        return width - snappedLeftInset() - snappedRightInset() - titleWidth() - GAP - toggle.prefWidth(-1) - GAP;
    }

    private double titleWidth() {
        return title.prefWidth(-1) + (count.isManaged() ? GAP + count.prefWidth(-1) : 0);
    }

    private double lineHeight() {
        return Math.max(Math.max(title.prefHeight(-1), count.isManaged() ? count.prefHeight(-1) : 0),
                toggle.prefHeight(-1));
    }

    /** Its height follows its width: the summary goes under the title when the line is too narrow. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + titleWidth() + GAP + toggle.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double summaryWidth = summary.isManaged() ? GAP + summary.prefWidth(-1) : 0;
        return computeMinWidth(height) + summaryWidth + GAP;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double line = lineHeight();
        if (width < 0 || summaryBeside(width)) {
            line = Math.max(line, summary.isManaged() ? summary.prefHeight(-1) : 0);
            return snappedTopInset() + line + snappedBottomInset();
        }
        double under = summary.prefHeight(width - snappedLeftInset() - snappedRightInset());
        return snappedTopInset() + line + UNDER_GAP + under + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        boolean beside = summaryBeside(getWidth());
        double line = beside ? getHeight() - top - snappedBottomInset() : lineHeight();
        double x = left;
        x += place(title, x, top, title.prefWidth(-1), line) + GAP;
        if (count.isManaged()) {
            x += place(count, x, top, count.prefWidth(-1), line) + GAP;
        }
        double toggleWidth = toggle.prefWidth(-1);
        place(toggle, left + inner - toggleWidth, top, toggleWidth, line);
        if (summary.isManaged()) {
            if (beside) {
                place(summary, x, top, summary.prefWidth(-1), line);
            } else {
                summary.resizeRelocate(left, top + line + UNDER_GAP, inner, summary.prefHeight(inner));
            }
        }
    }

    /** Lays a child out in its slot of the line, centred on it; gives back its width. */
    private double place(Node child, double x, double y, double width, double height) {
        layoutInArea(child, x, y, width, height, 0, HPos.LEFT, VPos.CENTER);
        return width;
    }
}
