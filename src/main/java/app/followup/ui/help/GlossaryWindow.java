package app.followup.ui.help;

import app.followup.ui.common.I18n;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * The method's words explained in a few lines each, in a small window of its own that can stay open beside the
 * wizard while the user fills in a page. Opened from Help and from the pages that use the words.
 */
public final class GlossaryWindow {
    /** Fired by a "what do these words mean?" link on a page; the main window opens the glossary. */
    public static final EventType<Event> SHOW = new EventType<>(Event.ANY, "SHOW_GLOSSARY");

    /** In the order a candidate meets them: the people, then what the letter is about, then the trap. */
    static final List<String> TERMS = List.of("sponsor", "gatekeeper", "recruiter", "decisionMaker",
            "hiringVision", "evidence", "progressPlan", "deathPosition");

    private final Window owner;
    private final I18n i18n;
    private Stage stage;

    public GlossaryWindow(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    public void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    private Stage build() {
        VBox terms = new VBox(14);
        terms.setPadding(new Insets(20));
        terms.setId("glossary");
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("glossary.intro"));
        intro.setWrapText(true);
        terms.getChildren().add(intro);
        for (String term : TERMS) {
            Label name = new Label();
            name.textProperty().bind(i18n.text("glossary." + term + ".term"));
            name.getStyleClass().add("title-4");
            Label text = new Label();
            text.textProperty().bind(i18n.text("glossary." + term + ".text"));
            text.setWrapText(true);
            terms.getChildren().add(new VBox(4, name, text));
        }
        ScrollPane scroll = new ScrollPane(terms);
        scroll.setFitToWidth(true);
        Stage window = new Stage();
        // a button and Esc, since not every desktop gives a small window a title bar with a close box
        Button close = new Button();
        close.setId("glossary-close");
        close.textProperty().bind(i18n.text("glossary.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> window.hide());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        BorderPane content = new BorderPane(scroll);
        content.setBottom(buttons);
        window.initOwner(owner);
        window.titleProperty().bind(i18n.text("glossary.title"));
        Scene scene = new Scene(content, 460, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        window.setScene(scene);
        return window;
    }
}
