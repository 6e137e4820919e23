package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A page intro whose wording changes with the page's state, kept at the height of its longest wording: the letter
 * page's intro says something else once the letter is marked as sent and again once the user edits it anyway, and
 * a line more or less moved the whole page under the user's pointer.
 */
final class SteadyIntro {
    private SteadyIntro() {
    }

    /** @param keys every wording the page's intro can have */
    static void keep(Node page, I18n i18n, String... keys) {
        Node content = page instanceof ScrollPane scroll ? scroll.getContent() : page;
        if (!(content instanceof Pane box)) {
            return;
        }
        box.getChildren().stream().filter(n -> n.getStyleClass().contains("page-intro") && n instanceof Label)
                .map(Label.class::cast).findFirst().ifPresent(intro -> intro.minHeightProperty().bind(
                        Bindings.createDoubleBinding(() -> tallest(intro, i18n, keys), intro.widthProperty(),
                                intro.fontProperty(), i18n.localeProperty())));
    }

    private static double tallest(Label intro, I18n i18n, String[] keys) {
        double width = intro.getWidth() - intro.snappedLeftInset() - intro.snappedRightInset();
        if (width <= 0) {
            return Region.USE_PREF_SIZE;
        }
        double tallest = 0;
        for (String key : keys) {
            Text text = new Text(i18n.get(key));
            text.setFont(intro.getFont());
            text.setLineSpacing(intro.getLineSpacing());
            text.setWrappingWidth(width);
            // measured as a label measures its own lines
            text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            tallest = Math.max(tallest, text.getLayoutBounds().getHeight());
        }
        return Math.ceil(tallest) + intro.snappedTopInset() + intro.snappedBottomInset();
    }
}
