package app.followup.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialogs' JavaFX alerts: a question, an error, About; each owned by the window, in the chosen language. */
record FxAlerts(Window owner, I18n i18n) {

    /** A yes-or-no question whose safe answer (no) is the default. */
    boolean confirm(String titleKey, String textKey, String yesKey, String noKey) {
        ButtonType yes = new ButtonType(i18n.get(yesKey), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get(textKey), yes, no);
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(i18n.get(titleKey));
        alert.initOwner(owner);
        return alert.showAndWait().orElse(no) == yes;
    }

    void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(i18n.get("error.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    void showAbout(String version, Runnable openGuide) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Label text = new Label(i18n.get("about.text"));
        text.setWrapText(true);
        Hyperlink guide = new Hyperlink(i18n.get("about.guide"));
        guide.setId("about-guide");
        guide.setOnAction(e -> openGuide.run());
        alert.getDialogPane().setContent(new VBox(8, text, guide));
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(version);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
