package app.followup.ui.controls;

import app.followup.pdf.PagePreview;

/**
 * Where each page starts in the stacked pages, worked out from the pages' sizes and a zoom rather than read from the
 * layout, which comes a pulse later: a zoom keeps its place and the page in view is known at once.
 */
final class PageTops {
    private PageTops() {
    }

    /** The top of {@code page} at {@code zoom}; {@code top(pages, count, zoom)} is the height of them all. */
    static double top(PagePreview.Pages pages, int page, double zoom) {
        double top = PdfPagesView.GAP;
        for (int i = 0; i < page; i++) {
            top += pages.heightInPoints(i) * zoom * PdfPagesView.TRUE_SIZE + PdfPagesView.GAP;
        }
        return top;
    }
}
