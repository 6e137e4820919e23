package app.followup.ui.common;

import javafx.css.PseudoClass;

/** Style hooks shared by the views; the colours themselves are named in app.css. */
public final class Styles {
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /**
     * The field where a page's typing starts when it is not the page's first (the letter page's letter, below its
     * subject): the wizard gives it the keyboard with the caret at its start.
     */
    public static final String TYPING_STARTS_HERE = "typing-starts-here";
    public static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    public static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private Styles() {
    }
}
