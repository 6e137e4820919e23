package app.followup.ui.common;

import javafx.css.PseudoClass;

/** Style hooks shared by the views; the colours themselves are named in app.css. */
public final class Styles {
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    public static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private Styles() {
    }
}
