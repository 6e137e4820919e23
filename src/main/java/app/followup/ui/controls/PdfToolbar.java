package app.followup.ui.controls;

import app.followup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The PDF preview's toolbar: the page in view and the way to the others, the zoom, fit to width and wide view.
 * Icons drawn in CSS rather than letters, which would look different in every font; each button names itself and
 * its key in a tooltip, and to a screen reader.
 */
final class PdfToolbar extends HBox {
    private final I18n i18n;

    PdfToolbar(PdfPagesView view, I18n i18n) {
        super(4);
        this.i18n = i18n;
        Button previous = iconButton("pdf-previous", "icon-page-up", "preview.pdf.previous", view::previousPage);
        previous.disableProperty().bind(view.currentPageProperty().isEqualTo(0));
        Button next = iconButton("pdf-next", "icon-page-down", "preview.pdf.next", view::nextPage);
        next.disableProperty().bind(view.currentPageProperty().greaterThanOrEqualTo(view.pageCountProperty().subtract(1)));
        Label page = new Label();
        page.setId("pdf-page-number");
        page.textProperty().bind(Bindings.createStringBinding(
                () -> view.pageCountProperty().get() == 0 ? "" : i18n.get("preview.pdf.pageOf",
                        view.currentPageProperty().get() + 1, view.pageCountProperty().get()),
                view.currentPageProperty(), view.pageCountProperty(), i18n.localeProperty()));
        page.setMinWidth(Region.USE_PREF_SIZE);
        Button out = iconButton("pdf-zoom-out", "icon-zoom-out", "preview.pdf.zoomOut", view::zoomOut);
        out.disableProperty().bind(view.zoomProperty().lessThanOrEqualTo(PdfPagesView.MIN_ZOOM));
        Button in = iconButton("pdf-zoom-in", "icon-zoom-in", "preview.pdf.zoomIn", view::zoomIn);
        in.disableProperty().bind(view.zoomProperty().greaterThanOrEqualTo(PdfPagesView.MAX_ZOOM));
        Label percent = new Label();
        percent.setId("pdf-zoom");
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("preview.pdf.percent", Math.round(view.zoomProperty().get() * 100)),
                view.zoomProperty(), i18n.localeProperty()));
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.getStyleClass().add("pdf-zoom-label");
        ToggleButton fit = iconToggle("pdf-fit-width", "icon-fit-width", "preview.pdf.fitWidth");
        fit.selectedProperty().bindBidirectional(view.fitWidthProperty());
        ToggleButton wideView = iconToggle("pdf-wide", "icon-wide", "preview.pdf.wide");
        wideView.selectedProperty().bindBidirectional(view.wideProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(previous, next, page, spacer, out, percent, in, fit, wideView);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("pdf-toolbar");
    }

    private Button iconButton(String id, String icon, String tip, Runnable action) {
        Button button = new Button();
        decorate(button, id, icon, tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private ToggleButton iconToggle(String id, String icon, String tip) {
        ToggleButton button = new ToggleButton();
        decorate(button, id, icon, tip);
        return button;
    }

    private void decorate(ButtonBase button, String id, String icon, String tip) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll("pdf-icon", icon);
        button.setGraphic(glyph);
        button.setId(id);
        button.getStyleClass().addAll("flat", "pdf-tool");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(tip));
        button.setTooltip(tooltip);
        // the tooltip names it for screen readers too
        button.accessibleTextProperty().bind(i18n.text(tip));
    }
}
