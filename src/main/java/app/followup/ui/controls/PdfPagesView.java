package app.followup.ui.controls;

import app.followup.pdf.PagePreview;
import app.followup.ui.common.I18n;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Every page of a PDF stacked in a scroll pane, as a PDF viewer shows them, with page navigation and zoom. The
 * pages come from elsewhere; this view says how sharp it needs them ({@link #wantedPixelsPerPoint()}), so that the
 * page stays sharp at every zoom and on every screen.
 */
public final class PdfPagesView extends BorderPane {
    public static final double MIN_ZOOM = ZoomSteps.MIN;
    public static final double MAX_ZOOM = ZoomSteps.MAX;
    /** 100 % is the paper's true size: JavaFX lays out at 96 pixels to the inch, PDF at 72 points. */
    static final double TRUE_SIZE = 96.0 / PagePreview.POINTS_PER_INCH;
    static final double GAP = 16;
    /** The grey beside a page: narrow, since every pixel of width makes the page's text larger. */
    private static final double SIDE = 10;

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(true);
    private final BooleanProperty wide = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final PreviewResolution resolution = new PreviewResolution(this, () -> zoom.get() * TRUE_SIZE);
    private final VBox sheets = new VBox(GAP);
    private final ScrollPane scroll = new ScrollPane(sheets);
    private PagePreview.Pages shown;
    private final PdfScrollPosition position = new PdfScrollPosition(scroll, sheets, () -> shown, zoom::get);
    /** The view's width the zoom was last fitted to, so that a layout that changed it without notice is caught. */
    private double fittedTo = -1;
    private final Runnable keepFitted = this::keepFitted;

    public PdfPagesView(I18n i18n, ObservableValue<PagePreview.Pages> pages) {
        getStyleClass().add("pdf-pages");
        sheets.getStyleClass().add("pdf-sheets");
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(GAP, SIDE, GAP, SIDE));
        // never narrower than the view, so that a page narrower than it sits in the middle
        sheets.minWidthProperty().bind(scroll.viewportBoundsProperty().map(Bounds::getWidth));
        scroll.setId("pdf-scroll");
        scroll.getStyleClass().add("pdf-scroll");
        scroll.setFocusTraversable(true);
        // always there, so that fitting the width never makes the bar come and go and the width change again
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        setTop(new PdfToolbar(this, i18n));
        setCenter(scroll);

        pages.addListener((o, old, now) -> show(now));
        show(pages.getValue());
        scroll.viewportBoundsProperty().addListener((o, old, now) -> {
            if (old.getWidth() != now.getWidth()) {
                fitIfAsked();
            }
            position.updateCurrentPage();
        });
        scroll.vvalueProperty().addListener(o -> position.updateCurrentPage());
        sheets.heightProperty().addListener(o -> position.scrollToPendingTop());
        zoom.addListener((o, old, now) -> {
            position.keepInView(old.doubleValue(), now.doubleValue());
            sizeSheets();
            resolution.update();
            position.updateCurrentPage();
        });
        fitWidth.addListener(o -> fitIfAsked());
        sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(keepFitted);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(keepFitted);
            }
        });
        PdfViewerInput.attach(this, scroll);
    }

    /** Zoom as a share of the paper's true size: 1 is 100 %. Set with {@link #setZoom}, which keeps it in range. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    /** True while the zoom follows the view's width. */
    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /** True while the user wants the pages to have the whole width: the window gives it to them. */
    public BooleanProperty wideProperty() {
        return wide;
    }

    /** The page in view, from 0. */
    public ReadOnlyIntegerProperty currentPageProperty() {
        return position.currentPageProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** Pixels per PDF point the pages should be drawn at to look sharp at this zoom on this screen. */
    public ReadOnlyDoubleProperty wantedPixelsPerPoint() {
        return resolution.wanted();
    }

    public void zoomIn() {
        setZoom(ZoomSteps.above(zoom.get()));
    }

    public void zoomOut() {
        setZoom(ZoomSteps.below(zoom.get()));
    }

    /** A zoom the user chose: the width no longer decides it. */
    public void setZoom(double wanted) {
        fitWidth.set(false);
        zoom.set(ZoomSteps.clamp(wanted));
    }

    public void nextPage() {
        goToPage(currentPageProperty().get() + 1);
    }

    public void previousPage() {
        goToPage(currentPageProperty().get() - 1);
    }

    /**
     * Another letter is shown (a file opened, another round): it is read from its top, not from where the last
     * one was left, which the kept scroll position would otherwise show.
     */
    public void showFromTheTop() {
        position.showFromTheTop();
    }

    /** Scrolls so that the page's top is at the top of the view. */
    public void goToPage(int page) {
        position.goToPage(page);
    }





    private void show(PagePreview.Pages pages) {
        shown = pages;
        if (pages == null) {
            sheets.getChildren().clear();
            pageCount.set(0);
            return;
        }
        List<PagePreview.Pixels> drawn = pages.pages();
        // the same sheets are kept from one drawing to the next, so that the scroll position stays where it was
        while (sheets.getChildren().size() > drawn.size()) {
            sheets.getChildren().remove(sheets.getChildren().size() - 1);
        }
        while (sheets.getChildren().size() < drawn.size()) {
            sheets.getChildren().add(new PdfSheet(sheets.getChildren().size() + 1));
        }
        for (int i = 0; i < drawn.size(); i++) {
            sheetAt(i).show(drawn.get(i));
        }
        pageCount.set(drawn.size());
        fitIfAsked();
        sizeSheets();
        position.updateCurrentPage();
    }

    private PdfSheet sheetAt(int page) {
        return (PdfSheet) sheets.getChildren().get(page);
    }

    /** Each page at its size in points times the zoom, whatever resolution it was drawn at. */
    private void sizeSheets() {
        if (shown == null) {
            return;
        }
        for (int i = 0; i < shown.count() && i < sheets.getChildren().size(); i++) {
            sheetAt(i).setShownWidth(shown.widthInPoints(i) * zoom.get() * TRUE_SIZE);
        }
    }

    private void fitIfAsked() {
        if (!fitWidth.get() || shown == null || shown.count() == 0) {
            return;
        }
        double widest = 0;
        for (int i = 0; i < shown.count(); i++) {
            widest = Math.max(widest, shown.widthInPoints(i));
        }
        double width = scroll.getViewportBounds().getWidth();
        double room = width - 2 * SIDE;
        if (room > 0) {
            fittedTo = width;
            zoom.set(ZoomSteps.clamp(room / (widest * TRUE_SIZE)));
        }
    }

    /**
     * With fit to width on, the zoom fits the view's width after every layout, however the width came to change:
     * after Escape from wide view the zoom once stayed at the wide view's 118 % in a view half as wide.
     */
    private void keepFitted() {
        if (fitWidth.get() && scroll.getViewportBounds().getWidth() != fittedTo) {
            fitIfAsked();
        }
    }

}
