package app.followup.ui;

import javafx.beans.binding.Bindings;
import app.followup.ui.common.I18n;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows before an application is open: new, open, recent files. */
public final class StartPage extends VBox {

    StartPage(MainViewModel main) {
        super(18);
        I18n i18n = main.i18n();
        setId("start-page");
        getStyleClass().add("start-page");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(48, 64, 48, 64));
        setMaxWidth(Double.MAX_VALUE);

        Label title = new Label();
        title.textProperty().bind(i18n.text("start.title"));
        title.getStyleClass().addAll("title-1", "start-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("start.subtitle"));
        subtitle.setWrapText(true);
        subtitle.setMaxWidth(720);
        subtitle.getStyleClass().add("start-subtitle");

        Button create = new Button();
        create.setId("start-new");
        create.textProperty().bind(i18n.text("start.new"));
        create.getStyleClass().addAll("accent", "large");
        create.setOnAction(e -> main.newApplication());
        Button open = new Button();
        open.setId("start-open");
        open.textProperty().bind(i18n.text("start.open"));
        open.getStyleClass().add("large");
        open.setOnAction(e -> main.open());

        Label recentTitle = new Label();
        recentTitle.textProperty().bind(i18n.text("start.recent"));
        recentTitle.getStyleClass().add("title-4");
        VBox recent = new VBox(4);
        recent.setId("recent-files");
        Runnable fill = () -> {
            recent.getChildren().clear();
            for (Path file : main.recentFiles()) {
                Hyperlink link = new Hyperlink(file.getFileName() + "   " + file.getParent());
                link.setOnAction(e -> main.open(file));
                recent.getChildren().add(link);
            }
        };
        main.recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        recentTitle.visibleProperty().bind(Bindings.isNotEmpty(main.recentFiles()));

        Label drop = new Label();
        drop.textProperty().bind(i18n.text("start.drop"));
        drop.getStyleClass().add("hint");
        getChildren().addAll(title, subtitle, new HBox(12, create, open), recentTitle, recent, drop);
    }
}
