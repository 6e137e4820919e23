package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.pdf.LetterPdf;
import app.followup.pdf.PagePreview;
import app.followup.ui.common.BackgroundRunner;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The true PDF of the letter page, every page of it: laid out and drawn off the JavaFX thread, only the newest
 * request's result shown, and how many pages it took kept for the advice, which then need not lay the letter out
 * again at every keystroke. A new resolution (zoom) draws the PDF already laid out again, without laying it out.
 */
public final class LetterPreview {
    /** Sharper than 288 dpi shows nothing more on any screen, and an A4 page there is already 8 million pixels. */
    static final double MAX_PIXELS_PER_POINT = 4;
    /** All pages together stay under this many pixels (4 bytes each), however long the letter and big the zoom. */
    static final double PIXEL_BUDGET = 24_000_000;

    /** The letter laid out as a PDF, and how many pages it took. */
    private record Laid(Letter letter, byte[] pdf, int pages) {
    }

    private record Drawn(Laid laid, PagePreview.Pages pages) {
    }

    private final ObjectProperty<PagePreview.Pages> pages = new SimpleObjectProperty<>();
    private final ObjectProperty<Laid> laid = new SimpleObjectProperty<>();
    private final DoubleProperty pixelsPerPoint = new SimpleDoubleProperty(1);
    private final AtomicLong request = new AtomicLong();
    private final BackgroundRunner background;
    private final Consumer<String> status;
    /** The letter asked for last: what a new resolution must show, even when it is not laid out yet. */
    private Letter wanted;

    LetterPreview(BackgroundRunner background, Consumer<String> status) {
        this.background = background;
        this.status = status;
        pixelsPerPoint.addListener(o -> redraw());
    }

    /** Every page of the newest letter drawn, or null until the first is. */
    public ReadOnlyObjectProperty<PagePreview.Pages> pagesProperty() {
        return pages;
    }

    /** How sharp to draw: pixels per PDF point (1 is 72 dpi). The window sets it from its zoom and screen. */
    public DoubleProperty pixelsPerPointProperty() {
        return pixelsPerPoint;
    }

    /** The pages of this very letter as the newest preview found, or empty until the preview has drawn it. */
    public OptionalInt pagesOf(Letter shown) {
        Laid last = laid.get();
        return last != null && last.letter().equals(shown) ? OptionalInt.of(last.pages()) : OptionalInt.empty();
    }

    /** Changes when a new letter has been laid out, and with it {@link #pagesOf}; not on a new zoom. */
    public ObservableValue<?> drawnProperty() {
        return laid;
    }

    void refresh(Letter current) {
        if (current == null) {
            return;
        }
        wanted = current;
        long mine = request.incrementAndGet();
        double scale = pixelsPerPoint.get();
        background.run(() -> {
            if (mine != request.get()) {
                return null;   // a newer letter is already waiting
            }
            LetterPdf.Result pdf = new LetterPdf().render(current);
            Laid done = new Laid(current, pdf.bytes(), pdf.pages());
            return draw(done, scale);
        }, result -> show(mine, result), error -> status.accept(error.getMessage()));
    }

    /** The same letter at a new resolution: drawn again from the PDF already made, unless a newer one is due. */
    private void redraw() {
        Laid last = laid.get();
        if (last == null || !last.letter().equals(wanted)) {
            refresh(wanted);
            return;
        }
        long mine = request.incrementAndGet();
        double scale = pixelsPerPoint.get();
        background.run(() -> mine == request.get() ? draw(last, scale) : null,
                result -> show(mine, result), error -> status.accept(error.getMessage()));
    }

    private static Drawn draw(Laid laid, double wantedScale) {
        return new Drawn(laid, PagePreview.render(laid.pdf(), (float) affordable(wantedScale, laid.pages())));
    }

    /** The resolution asked for, within what a screen can show and what memory allows for this many pages. */
    static double affordable(double wanted, int pageCount) {
        double a4Points = 595.0 * 842.0;
        double withinBudget = Math.sqrt(PIXEL_BUDGET / (a4Points * Math.max(1, pageCount)));
        return Math.max(0.25, Math.min(wanted, Math.min(MAX_PIXELS_PER_POINT, withinBudget)));
    }

    private void show(long mine, Drawn result) {
        if (result != null && mine == request.get()) {
            pages.set(result.pages());
            if (laid.get() != result.laid()) {
                laid.set(result.laid());
            }
        }
    }
}
