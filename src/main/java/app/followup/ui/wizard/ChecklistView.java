package app.followup.ui.wizard;

import java.util.Locale;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.advice.Advice;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The always-visible checklist: one line per piece of advice; a click goes to the page it is about. */
public final class ChecklistView extends VBox {
    private final VBox items = new VBox(4);
    private final AdviceViewModel advice;
    private final WizardViewModel wizard;
    private final LetterPageViewModel letter;
    private final I18n i18n;

    ChecklistView(AdviceViewModel advice, WizardViewModel wizard, I18n i18n) {
        super(6);
        this.advice = advice;
        this.wizard = wizard;
        this.letter = wizard.page(LetterPageViewModel.class);
        this.i18n = i18n;
        setId("checklist");
        getStyleClass().add("checklist");
        Label title = new Label();
        title.textProperty().bind(i18n.text("advice.title"));
        title.getStyleClass().addAll("title-4", "preview-title");
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(190);
        // wrapped items know their height only once laid out at the real width
        items.heightProperty().addListener((o, old, height) ->
                scroll.setPrefViewportHeight(Math.min(height.doubleValue(), 190)));
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(title, scroll);
        advice.advice().addListener((ListChangeListener<Advice>) change -> rebuild());
        i18n.localeProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        items.getChildren().clear();
        if (advice.advice().isEmpty()) {
            Label none = new Label(i18n.get("advice.none"));
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            items.getChildren().add(none);
            return;
        }
        for (Advice item : advice.advice()) {
            items.getChildren().add(row(item));
        }
    }

    private HBox row(Advice item) {
        Region dot = new Region();
        dot.getStyleClass().addAll("advice-dot", "advice-" + item.level().name().toLowerCase(Locale.ROOT));
        Button go = new Button(item.message());
        go.setGraphic(dot);
        go.setContentDisplay(ContentDisplay.LEFT);
        go.setWrapText(true);
        go.setMnemonicParsing(false);
        go.setAlignment(Pos.TOP_LEFT);
        go.setMaxWidth(Double.MAX_VALUE);
        go.setMinHeight(Region.USE_PREF_SIZE);
        go.getStyleClass().addAll("flat", "advice-item");
        go.setUserData(item.code().key());
        go.setOnAction(e -> wizard.goTo(wizard.indexOf(AdviceViewModel.pageOf(item.field()))));
        HBox.setHgrow(go, Priority.ALWAYS);
        HBox row = new HBox(6, go);
        row.setAlignment(Pos.TOP_LEFT);
        if (AdviceViewModel.canReplace(item)) {
            Button replace = new Button(i18n.get("advice.replaceAll"));
            replace.setId("replace-all");
            replace.setMinWidth(Region.USE_PREF_SIZE);
            replace.setOnAction(e -> letter.replaceAvoidedWords());
            row.getChildren().add(replace);
        }
        return row;
    }
}
