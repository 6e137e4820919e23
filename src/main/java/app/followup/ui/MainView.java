package app.followup.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/** The start window: an Open button and the letter of the opened notes. */
final class MainView extends BorderPane {

    MainView(LetterViewModel viewModel, Dialogs dialogs) {
        Button open = new Button("_Open…");
        open.setId("open");
        open.setOnAction(e -> dialogs.chooseNotesFile().ifPresent(viewModel::open));
        setTop(new ToolBar(open));

        TextArea letter = new TextArea();
        letter.setId("letter");
        letter.setEditable(false);
        letter.setWrapText(true);
        letter.textProperty().bind(viewModel.letterTextProperty());
        setCenter(letter);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.messageProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }
}
