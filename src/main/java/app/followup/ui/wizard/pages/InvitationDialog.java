package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.common.TypedDates;
import app.followup.ui.controls.Forms;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Add from invitation or email…": a box to paste addresses into, the button that reads an invitation file, and
 * under them the people who will be added, as they will be added (with the title, organisation and recruiter read
 * from the text, to correct), before Add is pressed. Layout only.
 */
public final class InvitationDialog {
    /** Wide enough for a long title and a long organisation side by side, at the fields' usual font. */
    private static final double WIDTH = 940;
    private static final double MIN_WIDTH = 780;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType add;

    public InvitationDialog(Window owner, I18n i18n, InvitationViewModel invitation) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("invite.title"));
        dialog.setHeaderText(i18n.get("invite.header"));
        dialog.setResizable(true);

        TextArea text = new TextArea();
        text.setId("invite-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPromptText(i18n.get("invite.prompt"));
        text.textProperty().bindBidirectional(invitation.pasted);
        Forms.tabMovesOn(text);

        Button openFile = new Button(i18n.get("invite.openFile"));
        openFile.setId("invite-open-file");
        openFile.setMinWidth(Region.USE_PREF_SIZE);
        openFile.setOnAction(e -> invitation.openFile());
        HBox fileRow = new HBox(8, openFile);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Label notices = new Label();
        notices.setId("invite-notices");
        notices.setWrapText(true);
        notices.setMinHeight(Region.USE_PREF_SIZE);
        notices.textProperty().bind(Bindings.createStringBinding(() -> invitation.noticesProperty().get().stream()
                .map(n -> i18n.get(n.key(), n.args().toArray())).collect(Collectors.joining("\n")),
                invitation.noticesProperty()));
        notices.visibleProperty().bind(notices.textProperty().isNotEmpty());
        notices.managedProperty().bind(notices.visibleProperty());

        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("invite.willAdd",
                invitation.added().size()), invitation.people()));
        ScrollPane list = new ScrollPane(new FoundPeopleGrid(i18n, invitation.people()).node());
        list.setFitToWidth(true);
        list.setPrefHeight(230);
        list.setMinHeight(110);
        list.setFocusTraversable(false);

        CheckBox useDay = new CheckBox();
        useDay.setId("invite-use-day");
        useDay.setWrapText(true);
        useDay.textProperty().bind(Bindings.createStringBinding(() -> invitation.meetingDayProperty().get() == null
                ? "" : i18n.get("invite.useDay", TypedDates.converter(i18n).toString(
                        invitation.meetingDayProperty().get())), invitation.meetingDayProperty()));
        useDay.selectedProperty().bindBidirectional(invitation.useMeetingDay);
        useDay.visibleProperty().bind(invitation.offersMeetingDay());
        useDay.managedProperty().bind(useDay.visibleProperty());

        VBox content = new VBox(8, text, fileRow, notices, heading, list, useDay);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        // as wide as the window it is opened from allows, up to a width where the title and organisation fields
        // each show "administrerende direktør" and "Nordlys Software Distribusjon AS" whole; never wider than
        // that window, so that on a 1024×700 screen no part of it is off the screen
        Rectangle2D room = DialogRoom.fit(dialog, owner, WIDTH, MIN_WIDTH);

        add = new ButtonType(i18n.get("invite.add"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, new ButtonType(i18n.get("cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node addButton = dialog.getDialogPane().lookupButton(add);
        addButton.setId("invite-add");
        // on the people shown, whose list tells every change: a read-only wrapper nobody reads tells only its first
        // (the Add button stayed greyed out with three people found)
        // and on what the dialog says: a file whose people are all in the table already changes no list, yet its
        // date and address are worth adding (a tester found Add greyed out after opening the .ics second)
        addButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !invitation.givesAnything(),
                invitation.people(), invitation.noticesProperty()));
        // a dialog keeps the size it opened with: lines that appear later (what a file gave, the meeting's
        // date) would squeeze the box and the list instead of making the dialog taller
        Runnable grow = () -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                DialogRoom.keepInside(dialog, room);
            }
        });
        invitation.noticesProperty().addListener(o -> grow.run());
        invitation.offersMeetingDay().addListener(o -> grow.run());
        Platform.runLater(text::requestFocus);
    }

    /** Shows the dialog until it is closed; true when Add closed it. */
    public boolean ask() {
        return dialog.showAndWait().filter(answer -> answer == add).isPresent();
    }
}
