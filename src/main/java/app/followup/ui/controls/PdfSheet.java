package app.followup.ui.controls;

import app.followup.pdf.PagePreview;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** One page of the PDF preview: its drawing, shown at the width the zoom gives it whatever its resolution. */
final class PdfSheet extends StackPane {
    private final ImageView image = new ImageView();

    /** @param number the page's number, from 1 */
    PdfSheet(int number) {
        image.setPreserveRatio(true);
        image.setSmooth(true);
        getChildren().add(image);
        getStyleClass().add("pdf-sheet");
        setId("pdf-page-" + number);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    void show(PagePreview.Pixels pixels) {
        WritableImage drawn = new WritableImage(pixels.width(), pixels.height());
        drawn.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                pixels.argb(), 0, pixels.width());
        image.setImage(drawn);
    }

    void setShownWidth(double width) {
        image.setFitWidth(width);
    }
}
