package app.followup.ui.controls;

import app.followup.pdf.PagePreview;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Where the PDF view is scrolled to: the page in view, going to a page, and keeping the place at the top of the
 * view through a zoom. Worked out from the pages' sizes and the zoom rather than from the layout, which comes a
 * pulse later.
 */
final class PdfScrollPosition {
    private static final double GAP = PdfPagesView.GAP;
    private final ScrollPane scroll;
    private final Region sheets;
    private final Supplier<PagePreview.Pages> pages;
    private final DoubleSupplier zoom;
    private final ReadOnlyIntegerWrapper currentPage = new ReadOnlyIntegerWrapper(0);
    /** Where the top of the view should be once a zoom's new page sizes are laid out; negative when nowhere. */
    private double pendingTop = -1;

    /** @param sheets the scrolled pages, as many as {@code pages} gives or fewer while they are being made */
    PdfScrollPosition(ScrollPane scroll, Region sheets, Supplier<PagePreview.Pages> pages, DoubleSupplier zoom) {
        this.scroll = scroll;
        this.sheets = sheets;
        this.pages = pages;
        this.zoom = zoom;
    }

    /** The page in view, from 0. */
    ReadOnlyIntegerProperty currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    /**
     * Another letter is shown (a file opened, another round): it is read from its top, not from where the last
     * one was left, which the kept scroll position would otherwise show.
     */
    void showFromTheTop() {
        pendingTop = -1;
        scroll.setVvalue(0);
        updateCurrentPage();
    }

    /** Scrolls so that the page's top is at the top of the view. */
    void goToPage(int page) {
        if (pages.get() == null || pages.get().count() == 0) {
            return;
        }
        int target = Math.max(0, Math.min(page, pages.get().count() - 1));
        double hidden = pageTop(pages.get().count()) - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            // the first page to the very top; any other with a strip of the grey above it, as a viewer does
            double top = target == 0 ? 0 : pageTop(target) - GAP / 2;
            scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
        }
        updateCurrentPage();
        if (currentPage.get() != target && hidden > 0) {
            // the last page cannot scroll to the top when it is shorter than the view: it is the one in view
            currentPage.set(target);
        }
    }

    /** After a zoom, the place at the top of the view stays at the top, rather than the pages sliding away. */
    void keepInView(double oldZoom, double newZoom) {
        if (pages.get() == null || pages.get().count() == 0) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double oldHidden = pageTop(pages.get().count(), oldZoom) - viewport;
        double newHidden = pageTop(pages.get().count(), newZoom) - viewport;
        if (oldHidden <= 0 || newHidden <= 0) {
            return;
        }
        // within half a pixel of the top is the top: a zoom there must not start the page a hair lower each time
        double top = oldHidden * scroll.getVvalue() < 0.5 ? 0 : oldHidden * scroll.getVvalue();
        int page = 0;
        for (int i = 1; i < pages.get().count(); i++) {
            if (pageTop(i, oldZoom) <= top) {
                page = i;
            }
        }
        double within = (top - pageTop(page, oldZoom)) / oldZoom;
        double newTop = pageTop(page, newZoom) + within * newZoom;
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / newHidden)));
        // and again once the pages have their new height: the scroll pane fits its value to the old one meanwhile
        pendingTop = Math.max(0, newTop);
    }

    void scrollToPendingTop() {
        double hidden = sheets.getHeight() - scroll.getViewportBounds().getHeight();
        if (pendingTop >= 0 && pages.get() != null && Math.abs(sheets.getHeight() - pageTop(pages.get().count())) < 1) {
            double top = pendingTop;
            pendingTop = -1;
            scroll.setVvalue(hidden <= 0 ? 0 : Math.max(0, Math.min(1, top / hidden)));
        }
    }

    /**
     * Where a page starts in the scrolled pages, from the pages' sizes and the zoom rather than from the layout,
     * which comes a pulse later; {@code pageTop(count)} is the height of them all.
     */
    private double pageTop(int page) {
        return pageTop(page, zoom.getAsDouble());
    }

    private double pageTop(int page, double atZoom) {
        return PageTops.top(pages.get(), page, atZoom);
    }

    /** The page in view: the one under a line a third down the view, or the last one at the end of the scroll. */
    void updateCurrentPage() {
        int count = pages.get() == null ? 0 : Math.min(pages.get().count(), drawnPages());
        if (count == 0) {
            currentPage.set(0);
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = pageTop(count) - viewport;
        if (hidden > 0 && scroll.getVvalue() >= 1) {
            currentPage.set(count - 1);
            return;
        }
        double readingLine = Math.max(0, hidden) * scroll.getVvalue() + viewport / 3;
        int page = 0;
        for (int i = 1; i < count; i++) {
            if (pageTop(i) - GAP / 2 <= readingLine) {
                page = i;
            }
        }
        currentPage.set(page);
    }

    private int drawnPages() {
        return sheets.getChildrenUnmodifiable().size();
    }
}
