package app.followup.ui.wizard;

import app.followup.letter.NudgeComposer;
import app.followup.ui.board.NudgeWindow;
import app.followup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** Above the checklist, while the employer has gone quiet: one button that writes the nudge (or closes the loop). */
public final class NudgeOfferView extends VBox {

    public NudgeOfferView(NudgeOfferViewModel offer, I18n i18n) {
        setPadding(new Insets(12, 16, 0, 16));
        Button write = new Button();
        write.setId("checklist-nudge");
        write.getStyleClass().addAll("accent", "nudge-offer");
        write.setWrapText(true);
        write.setMaxWidth(Double.MAX_VALUE);
        write.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                offer.offerProperty().get() == NudgeComposer.Kind.CLOSE_THE_LOOP
                        ? "checklist.closeLoop" : "checklist.nudge"), offer.offerProperty(), i18n.localeProperty()));
        write.setOnAction(e -> offer.write());
        getChildren().add(write);
        write.visibleProperty().bind(offer.offerProperty().isNotNull());
        visibleProperty().bind(write.visibleProperty());
        managedProperty().bind(write.visibleProperty());
        offer.nudgeProperty().addListener((o, was, writing) -> {
            if (writing != null) {
                NudgeWindow.show(getScene().getWindow(), writing, i18n);
            }
        });
    }
}
