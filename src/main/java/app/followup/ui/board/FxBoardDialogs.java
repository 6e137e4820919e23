package app.followup.ui.board;

import java.nio.file.Files;
import app.followup.applications.ReportPeriod;
import app.followup.ui.common.I18n;
import app.followup.ui.common.TypedDates;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The board's questions as the platform's file choosers and a small dialog, in the window's language. */
public final class FxBoardDialogs implements BoardDialogs {
    private final Window owner;
    private final I18n i18n;

    public FxBoardDialogs(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<Path> chooseCalendar(String suggestedName, Path near) {
        return saveAs(suggestedName, near, "filter.ics", "*.ics");
    }

    @Override
    public Optional<Path> chooseReport(String suggestedName, Path near) {
        return saveAs(suggestedName, near, "board.report.filter", "*.pdf");
    }

    @Override
    public Optional<Path> chooseEmailDraft(String suggestedName, Path near) {
        return saveAs(suggestedName, near, "filter.eml", "*.eml");
    }

    private Optional<Path> saveAs(String suggestedName, Path near, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        if (near != null && Files.isDirectory(near)) {
            // beside the applications, not wherever the program was started from
            chooser.setInitialDirectory(near.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ReportPeriod> askPeriod(ReportPeriod suggested) {
        Dialog<ReportPeriod> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("board.report.title"));
        dialog.setHeaderText(i18n.get("board.report.header"));
        DatePicker from = new DatePicker(suggested.from());
        from.setId("report-from");
        DatePicker to = new DatePicker(suggested.to());
        to.setId("report-to");
        from.setConverter(TypedDates.converter(i18n));
        to.setConverter(TypedDates.converter(i18n));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(i18n.get("board.report.from")), from);
        grid.addRow(1, new Label(i18n.get("board.report.to")), to);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.get("board.report.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n.get("cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        Runnable check = () -> saveButton.setDisable(!valid(from.getValue(), to.getValue()));
        from.valueProperty().addListener(o -> check.run());
        to.valueProperty().addListener(o -> check.run());
        dialog.setResultConverter(button -> button == save && valid(from.getValue(), to.getValue())
                ? new ReportPeriod(from.getValue(), to.getValue()) : null);
        return dialog.showAndWait();
    }

    private static boolean valid(LocalDate from, LocalDate to) {
        return from != null && to != null && !from.isAfter(to);
    }
}
