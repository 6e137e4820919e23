package app.followup.ui.wizard.pages;

import app.followup.model.Evidence;
import app.followup.model.Role;
import app.followup.model.Step;
import app.followup.pasted.NotedPerson;
import app.followup.pasted.SortedNotes;
import app.followup.ui.common.I18n;
import app.followup.ui.common.TypedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The paste dialog's read-only view of where each part of the notes goes, page by page, as the wizard will show
 * it; nothing sorted yet shows a line saying what will appear. Layout only.
 */
final class SortedNotesPreview {
    private final VBox box = new VBox(2);
    private final I18n i18n;
    private final StringConverter<LocalDate> dates;

    SortedNotesPreview(I18n i18n, ObservableValue<SortedNotes> sorted) {
        this.i18n = i18n;
        this.dates = TypedDates.converter(i18n);
        box.setId("paste-sorted");
        sorted.addListener((o, old, now) -> show(now));
        show(sorted.getValue());
    }

    VBox node() {
        return box;
    }

    private void show(SortedNotes notes) {
        box.getChildren().clear();
        section("paste.show.interview", 1, interview(notes));
        section("paste.show.participants", 2, notes.people().stream().map(this::person).toList());
        section("paste.show.challenge", 3, one(notes.challenge()));
        section("paste.show.causes", 3, notes.causes());
        section("paste.show.consequences", 3, notes.consequences());
        section("paste.show.vision", 4, one(notes.hiringVision()));
        section("paste.show.decisionMaker", 5, one(notes.decisionMaker()));
        section("paste.show.steps", 5, notes.decisionSteps());
        section("paste.show.evidence", 5, notes.evidence().stream().map(this::evidence).toList());
        section("paste.show.nextStep", 6, notes.nextStep() == null ? List.of() : List.of(step(notes.nextStep())));
        section("paste.show.unplaced", 8, notes.unplaced());
        if (box.getChildren().isEmpty()) {
            Label nothing = line(i18n.get("paste.show.nothing"));
            nothing.getStyleClass().add("hint");
            box.getChildren().add(nothing);
        }
    }

    private void section(String key, int page, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label heading = line(i18n.get("paste.show.heading", i18n.get(key), page));
        heading.getStyleClass().add("field-label");
        if (!box.getChildren().isEmpty()) {
            heading.setStyle("-fx-padding: 8 0 0 0;");
        }
        box.getChildren().add(heading);
        // a list shows as the page's field does, one item a line; one text shows as it is
        lines.forEach(text -> box.getChildren().add(line(lines.size() > 1 ? "• " + text : text)));
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMnemonicParsing(false);
        return label;
    }

    private List<String> interview(SortedNotes notes) {
        List<String> lines = new ArrayList<>(one(notes.employer()));
        if (notes.interviewDate() != null) {
            lines.add(dates.toString(notes.interviewDate()));
        }
        return lines;
    }

    private String person(NotedPerson person) {
        StringBuilder text = new StringBuilder(person.name());
        if (person.title() != null && !person.title().isBlank()) {
            text.append(", ").append(person.title());
        }
        if (person.role() == Role.DECISION_MAKER) {
            text.append(" – ").append(i18n.get("paste.show.decides"));
        } else if (person.role() != null) {
            // a role inside a line, as the sentence goes on: "Hans Petter, salgsdir. – sponsor"
            String role = i18n.get("role." + person.role().code());
            text.append(" – ").append(role.toLowerCase(i18n.localeProperty().get()));
        }
        return text.toString();
    }

    private String evidence(Evidence evidence) {
        String kind = evidence.kind() == null ? "" : i18n.get("kind." + evidence.kind().code()) + ": ";
        return kind + (evidence.detail() == null ? "" : evidence.detail()) + dated(evidence.due());
    }

    private String step(Step step) {
        return (step.what() == null ? "" : step.what()) + dated(step.date());
    }

    private String dated(LocalDate date) {
        return date == null ? "" : " – " + dates.toString(date);
    }

    private static List<String> one(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text);
    }
}
