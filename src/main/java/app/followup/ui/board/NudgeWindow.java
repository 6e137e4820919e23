package app.followup.ui.board;

import javafx.scene.Node;
import app.followup.letter.NudgeComposer;
import app.followup.ui.common.I18n;
import app.followup.ui.common.TypedDates;
import app.followup.ui.controls.SendControl;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The nudge, or the letter closing the loop, in a window of its own over the main one: to whom, the day the
 * candidate proposes, subject and text to edit, the ways to send it, and "Sent" to record it.
 */
public final class NudgeWindow {
    private NudgeWindow() {
    }

    /** Shows the window; it closes itself when the nudge is recorded, the application closed, or cancelled. */
    public static Stage show(Window owner, NudgeViewModel nudge, I18n i18n) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        boolean closing = nudge.kind() == NudgeComposer.Kind.CLOSE_THE_LOOP;
        String kind = closing ? "closeLoop" : "nudge";
        stage.setTitle(i18n.get("nudge." + kind + ".title", nudge.employer()));

        Label intro = new Label(i18n.get("nudge." + kind + ".intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("hint");
        Label to = new Label(nudge.to().isEmpty() ? i18n.get("nudge.noAddress") : nudge.to());
        to.setId("nudge-to");
        to.setWrapText(true);
        DatePicker proposed = new DatePicker();
        proposed.setId("nudge-date");
        proposed.setConverter(TypedDates.converter(i18n));
        proposed.valueProperty().bindBidirectional(nudge.proposedProperty());
        TextField subject = new TextField();
        subject.setId("nudge-subject");
        subject.textProperty().bindBidirectional(nudge.subjectProperty());
        TextArea body = new TextArea();
        body.setId("nudge-body");
        body.setWrapText(true);
        body.setPrefRowCount(12);
        body.textProperty().bindBidirectional(nudge.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("nudge-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("board-problem");
        problem.textProperty().bind(nudge.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Button sent = new Button(i18n.get("nudge.sent"));
        sent.setId("nudge-sent");
        sent.getStyleClass().add("accent");
        sent.setOnAction(e -> nudge.markSent());
        Button cancel = new Button(i18n.get("nudge.cancel"));
        cancel.setId("nudge-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> nudge.cancel());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, space, sent, cancel);
        if (closing) {
            Button close = new Button(i18n.get("nudge.closeApplication"));
            close.setId("nudge-close-application");
            close.setOnAction(e -> nudge.closeApplication());
            buttons.getChildren().add(1, close);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.disableProperty().bind(nudge.busyProperty());
        Label sentHint = new Label(i18n.get("nudge.sentHint"));
        sentHint.setWrapText(true);
        sentHint.setMinHeight(Region.USE_PREF_SIZE);
        sentHint.getStyleClass().add("hint");

        VBox content = new VBox(8,
                intro,
                labelled(i18n.get("nudge.to"), to),
                labelled(i18n.get("nudge." + kind + ".date"), proposed),
                labelled(i18n.get("nudge.subject"), subject),
                body,
                new SendControl(nudge.send(), i18n, true),
                sentHint,
                problem,
                buttons);
        content.setPadding(new Insets(16, 20, 16, 20));
        content.setId("nudge-window");
        content.getStyleClass().add("nudge-window");
        Scene scene = new Scene(content, 720, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> nudge.cancel());
        nudge.finishedProperty().addListener((o, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }

    private static HBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(150);
        label.setLabelFor(field);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(12, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
