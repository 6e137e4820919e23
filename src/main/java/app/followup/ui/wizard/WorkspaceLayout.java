package app.followup.ui.wizard;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * How the page and the side panel share the width. The letter page gives its true PDF preview more room than the
 * other pages give the live letter, and each keeps where the user dragged the divider; "wide view" gives the side
 * panel the whole width and folds the checklist to its title line while it is on, for reading the pages.
 */
final class WorkspaceLayout {
    /** The notes pages: the form is the work, the live letter beside it is to glance at. */
    static final double FORM_DIVIDER = 0.6;
    /**
     * The letter page: the PDF preview gets a little more than half, enough for body text over 9 px high at
     * 1280×800 when the pages fit the width.
     */
    static final double LETTER_DIVIDER = 0.43;
    /** At 1024×700 the page's fields and buttons need this much; the preview then has the rest, and wide view. */
    static final double PAGE_MIN_WIDTH = 400;

    private final SplitPane split;
    private final Region page;
    private final Node side;
    private double formDivider = FORM_DIVIDER;
    private double letterDivider = LETTER_DIVIDER;
    private final BooleanProperty checklistOpen;
    private boolean onLetter;
    private boolean wide;
    private boolean checklistWasOpen;

    WorkspaceLayout(SplitPane split, Region page, Node side, BooleanProperty checklistOpen) {
        this.split = split;
        this.checklistOpen = checklistOpen;
        this.page = page;
        page.setMinWidth(PAGE_MIN_WIDTH);
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
            showWide(false);
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
        if (wide) {
            checklistWasOpen = checklistOpen.get();
            checklistOpen.set(false);
        } else {
            checklistOpen.set(checklistWasOpen);
        }
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
