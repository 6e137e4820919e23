package app.followup.ui.wizard.pages;

import app.followup.ui.common.BackgroundRunner;
import app.followup.letter.Letter;
import app.followup.pdf.LetterPdf;
import app.followup.pdf.PagePreview;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The true PDF of the letter page: drawn off the JavaFX thread, only the newest request's result shown, and how
 * many pages it took kept for the advice, which then need not lay the letter out again at every keystroke.
 */
public final class LetterPreview {
    /** The letter last laid out as a PDF, how many pages it took, and its first page. */
    private record Drawn(Letter letter, int pages, PagePreview.Pixels pixels) {
    }

    private final ObjectProperty<PagePreview.Pixels> page = new SimpleObjectProperty<>();
    private final ObjectProperty<Drawn> drawn = new SimpleObjectProperty<>();
    private final AtomicLong request = new AtomicLong();
    private final BackgroundRunner background;
    private final Consumer<String> status;

    LetterPreview(BackgroundRunner background, Consumer<String> status) {
        this.background = background;
        this.status = status;
    }

    ObjectProperty<PagePreview.Pixels> pageProperty() {
        return page;
    }

    /** The pages of this very letter as the newest preview found, or empty until the preview has drawn it. */
    OptionalInt pagesOf(Letter shown) {
        Drawn last = drawn.get();
        return last != null && last.letter().equals(shown) ? OptionalInt.of(last.pages()) : OptionalInt.empty();
    }

    /** Changes when a new preview has been drawn, and with it {@link #pagesOf}. */
    ObservableValue<?> drawnProperty() {
        return drawn;
    }

    void refresh(Letter current) {
        if (current == null) {
            return;
        }
        long mine = request.incrementAndGet();
        background.run(() -> {
            if (mine != request.get()) {
                return null;   // a newer letter is already waiting
            }
            LetterPdf.Result pdf = new LetterPdf().render(current);
            return new Drawn(current, pdf.pages(), PagePreview.render(pdf.bytes(), 0, 72f));
        }, result -> {
            if (result != null && mine == request.get()) {
                page.set(result.pixels());
                drawn.set(result);
            }
        }, error -> status.accept(error.getMessage()));
    }
}
