package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The invitation dialog's list of who will be added: one line a person, their name and address as read, and the
 * title, organisation and "recruiter" read from the text as fields to correct before Add. Layout only.
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
        grid.setVgap(4);
        // shares of the list's width, so that every field stays in sight: with widths of their own the columns
        // ran past the list's edge and cut off the organisation; the person's column wraps a long address
        grid.getColumnConstraints().addAll(share(32), share(25), share(25), share(18));
        people.addListener((ListChangeListener<FoundPerson>) change -> fill());
        fill();
    }

    private static ColumnConstraints share(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
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
        grid.addRow(0, heading("invite.col.person"), heading("invite.col.title"),
                heading("invite.col.organisation"), heading("invite.col.recruiter"));
        int row = 1;
        for (FoundPerson person : people) {
            Label who = new Label(i18n.get(person.name().isEmpty() ? "invite.person.nameless" : "invite.person",
                    person.name(), person.address()));
            who.setWrapText(true);
            who.setMinHeight(Region.USE_PREF_SIZE);
            TextField title = field("invite-person-title", person.title.get());
            title.textProperty().bindBidirectional(person.title);
            TextField organisation = field("invite-person-organisation", person.organisation.get());
            organisation.textProperty().bindBidirectional(person.organisation);
            CheckBox recruiter = new CheckBox();
            recruiter.getStyleClass().add("invite-person-recruiter");
            recruiter.setAccessibleText(i18n.get("invite.col.recruiter"));
            recruiter.selectedProperty().bindBidirectional(person.recruiter);
            grid.addRow(row++, who, title, organisation, recruiter);
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
        return field;
    }
}
