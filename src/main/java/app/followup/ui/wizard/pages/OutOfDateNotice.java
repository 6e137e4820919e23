package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Says which saved files the letter has changed since, with "Save again" to write them to the same place. */
final class OutOfDateNotice extends VBox {
    private final BooleanProperty keepsItsRoom = new SimpleBooleanProperty();

    OutOfDateNotice(LetterPageViewModel vm, I18n i18n) {
        super(6);
        setId("exports-out-of-date");
        getStyleClass().add("notice-banner");
        Label text = new Label();
        text.setId("exports-out-of-date-text");
        text.textProperty().bind(vm.outOfDate().text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip paths = new Tooltip();
        paths.textProperty().bind(vm.outOfDate().paths());
        text.setTooltip(paths);
        Button again = PageButtons.of("save-again", "letter.saveAgain", vm.outOfDate()::saveAgain, i18n);
        getChildren().addAll(text, again);
        visibleProperty().bind(text.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty().or(keepsItsRoom));
        // "Save again" took the notice away and the send buttons below jumped up under the pointer by its height:
        // its room stays, empty, while the page is on show
        visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                giveUpTheRoom();
            } else if (getScene() != null && getHeight() > 0) {
                setMinHeight(getHeight());
                setPrefHeight(getHeight());
                keepsItsRoom.set(true);
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                giveUpTheRoom();
            }
        });
    }

    private void giveUpTheRoom() {
        keepsItsRoom.set(false);
        setMinHeight(Region.USE_COMPUTED_SIZE);
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }
}
