package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.AddressText;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The invitation dialog's list of who will be added: each person's name and address on a line of their own, across
 * the list, and under it the title, organisation and "recruiter" read from the text, as fields to correct before
 * Add. With the person beside the fields, as before, four columns shared the dialog's width: the title showed as
 * "administrerende direk…" and the address broke inside a word. Layout only.
 */
final class FoundPeopleGrid {
    private final GridPane grid = new GridPane();
    private final I18n i18n;
    private final ObservableList<FoundPerson> people;

    FoundPeopleGrid(I18n i18n, ObservableList<FoundPerson> people) {
        this.i18n = i18n;
        this.people = people;
        grid.setId("invite-found");
        grid.setHgap(8);
        grid.setVgap(2);
        // the two fields share what the recruiter box leaves, equally: a long organisation name is as common as a
        // long title
        grid.getColumnConstraints().addAll(growing(), growing(), fixed());
        people.addListener((ListChangeListener<FoundPerson>) change -> fill());
        fill();
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setPercentWidth(42);
        return column;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(16);
        return column;
    }

    GridPane node() {
        return grid;
    }

    private void fill() {
        grid.getChildren().clear();
        if (people.isEmpty()) {
            return;
        }
        grid.addRow(0, heading("invite.col.title"), heading("invite.col.organisation"),
                heading("invite.col.recruiter"));
        int row = 1;
        for (FoundPerson person : people) {
            AddressText who = new AddressText(i18n.get(person.name().isEmpty() ? "invite.person.nameless"
                    : "invite.person", person.name(), person.address()));
            who.getStyleClass().add("invite-person");
            // room between one person's fields and the next person's name, so that each name reads as a heading
            who.setPadding(new Insets(row == 1 ? 2 : 10, 0, 0, 0));
            // the line wraps to the list's width instead of widening the list
            who.setMinWidth(0);
            who.setPrefWidth(0);
            grid.add(who, 0, row++, 3, 1);
            TextField title = field("invite-person-title", person.title.get());
            title.textProperty().bindBidirectional(person.title);
            title.setAccessibleText(i18n.get("invite.col.title"));
            TextField organisation = field("invite-person-organisation", person.organisation.get());
            organisation.textProperty().bindBidirectional(person.organisation);
            organisation.setAccessibleText(i18n.get("invite.col.organisation"));
            CheckBox recruiter = new CheckBox();
            recruiter.getStyleClass().add("invite-person-recruiter");
            recruiter.setAccessibleText(i18n.get("invite.col.recruiter"));
            recruiter.selectedProperty().bindBidirectional(person.recruiter);
            grid.addRow(row++, title, organisation, recruiter);
        }
    }

    private Label heading(String key) {
        Label heading = new Label(i18n.get(key));
        heading.getStyleClass().add("invite-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        return heading;
    }

    private static TextField field(String styleClass, String text) {
        TextField field = new TextField(text);
        field.getStyleClass().add(styleClass);
        field.setMinWidth(0);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }
}
