package app.followup.ui;

import javafx.css.PseudoClass;

/** Style hooks shared by the views; the colours themselves are named in app.css. */
final class Styles {
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private Styles() {
    }
}
