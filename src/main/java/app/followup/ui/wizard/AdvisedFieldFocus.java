package app.followup.ui.wizard;

import app.followup.ui.wizard.pages.ScrollIntoView;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * A checklist item opens its page in the field it is about, where the advice names what it is about (a note's
 * words, an address, an avoided word): the item about a consequence opened page 3 in the Challenge field, and the
 * user typed into the wrong one.
 */
final class AdvisedFieldFocus {
    private AdvisedFieldFocus() {
    }

    /**
     * After the page's own first-field focus, which is queued when the page is shown: the field holding the words
     * takes the keyboard, is scrolled into sight, and has its caret where the words start: in a field of one
     * line each, on the line the item is about.
     */
    static void later(Scene scene, String detail) {
        if (scene == null || detail == null || detail.isBlank()) {
            return;
        }
        Platform.runLater(() -> holding(scene, detail).ifPresent(field -> {
            field.requestFocus();
            field.positionCaret(Math.max(0, spaced(field.getText()).indexOf(plain(detail))));
            ScrollIntoView.whole(field);
        }));
    }

    /** The page's field whose text is the words, or else the first that contains them. */
    private static Optional<TextInputControl> holding(Scene scene, String detail) {
        Node page = scene.lookup(".wizard-page");
        if (page == null) {
            return Optional.empty();
        }
        String words = plain(detail);
        List<TextInputControl> fields = page.lookupAll(".text-input").stream()
                .filter(node -> node instanceof TextInputControl && node.isVisible() && !node.isDisabled())
                .map(TextInputControl.class::cast).filter(field -> field.getText() != null).toList();
        return fields.stream().filter(field -> plain(field.getText()).equals(words)).findFirst()
                .or(() -> fields.stream().filter(field -> plain(field.getText()).contains(words)).findFirst());
    }

    /** As the advice quotes it: trimmed, a no-break space as a space. */
    private static String plain(String text) {
        return spaced(text).strip();
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ');
    }
}
