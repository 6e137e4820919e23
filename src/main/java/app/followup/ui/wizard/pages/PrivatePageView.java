package app.followup.ui.wizard.pages;

import app.followup.ui.controls.SpaceOpensList;
import app.followup.ui.controls.WrappingField;
import javafx.beans.property.ObjectProperty;
import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.control.TextArea;

/** Page 8: what is never exported. Layout only: every value is bound to the view-model. */
public final class PrivatePageView {
    private final Forms forms;
    private final I18n i18n;
    private final PrivatePageViewModel vm;

    public PrivatePageView(Forms forms, PrivatePageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        Label banner = new Label();
        banner.textProperty().bind(i18n.text("private.banner"));
        banner.setWrapText(true);
        // a wrapped label asks for one line's height unless told otherwise, and the page would cut it short
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.getStyleClass().add("private-banner");
        banner.setId("private-banner");
        GridPane grid = Forms.columns(2, 16);
        // half a page wide, a one-line field cut "850 000 kr fastlønn + b" and the core task mid-word (testers at
        // 1024×700 and 1280×800): these wrap and grow to show the whole value, as the other pages' fields do
        grid.addRow(0, forms.field("private.salary", asTallAsItsLines(WrappingField.of(forms.area("salary", vm.salary, 1)))),
                forms.field("private.coreTask",
                        asTallAsItsLines(WrappingField.of(forms.area("core-task", vm.coreTask, 1)))));
        grid.addRow(1, forms.field("private.interestFit", fit("interest-fit", vm.interestFit)),
                forms.field("private.strengthFit", fit("strength-fit", vm.strengthFit)));
        return forms.page("step.private", banner, grid,
                // squeezed to the window, the notes showed a line and a half behind a scroll bar: the page scrolls
                forms.field("private.notes", WrappingField.growing(forms.area("private-notes", vm.notes, 3), 3)),
                forms.field("private.roundNotes",
                        WrappingField.growing(forms.area("round-notes", vm.roundNotes, 3), 3)));
    }

    /** Not stretched to the height of the cell beside it, whose label takes two lines: one line of text, one line. */
    private static TextArea asTallAsItsLines(TextArea field) {
        field.setMaxHeight(Region.USE_PREF_SIZE);
        return field;
    }

    private ComboBox<Integer> fit(String id, ObjectProperty<Integer> value) {
        ComboBox<Integer> box = SpaceOpensList.on(new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5)));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        // a closed rating takes a typed digit as its choice, as a list box takes a typed letter: the arrow keys
        // alone made "4" two or three presses and a look at the box
        box.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (box.isShowing() || event.isShortcutDown() || event.isAltDown() || typed.length() != 1) {
                return;
            }
            int digit = Character.digit(typed.charAt(0), 10);
            if (box.getItems().contains(digit)) {
                box.setValue(digit);
                event.consume();
            }
        });
        return box;
    }
}
