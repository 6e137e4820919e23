package app.followup.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The split between the page and the side panel. The letter page gives its true PDF preview more room than the
 * other pages give the live letter, and each keeps where the user dragged the divider; "wide view" gives the side
 * panel the whole width while it is on.
 */
final class SplitMemory {
    /** The notes pages: the form is the work, the live letter beside it is to glance at. */
    static final double FORM_DIVIDER = 0.6;
    /**
     * The letter page: the PDF preview gets a little more than half, enough for body text about 9 px high at
     * 1280×800 when the pages fit the width.
     */
    static final double LETTER_DIVIDER = 0.45;

    private final SplitPane split;
    private final Node page;
    private final Node side;
    private double formDivider = FORM_DIVIDER;
    private double letterDivider = LETTER_DIVIDER;
    private boolean onLetter;
    private boolean wide;

    SplitMemory(SplitPane split, Node page, Node side) {
        this.split = split;
        this.page = page;
        this.side = side;
        split.getItems().setAll(page, side);
        split.setDividerPositions(formDivider);
    }

    void showLetterPage(boolean letterPage) {
        if (letterPage == onLetter) {
            return;
        }
        remember();
        onLetter = letterPage;
        if (!letterPage) {
            wide = false;
        }
        arrange();
    }

    void showWide(boolean wanted) {
        boolean now = wanted && onLetter;
        if (now == wide) {
            return;
        }
        remember();
        wide = now;
        arrange();
    }

    private void remember() {
        if (split.getItems().size() == 2) {
            double position = split.getDividers().get(0).getPosition();
            if (onLetter) {
                letterDivider = position;
            } else {
                formDivider = position;
            }
        }
    }

    private void arrange() {
        if (wide) {
            split.getItems().setAll(side);
            return;
        }
        if (split.getItems().size() != 2) {
            split.getItems().setAll(page, side);
        }
        split.setDividerPositions(onLetter ? letterDivider : formDivider);
    }
}
