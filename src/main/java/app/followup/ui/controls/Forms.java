package app.followup.ui.controls;

import javafx.beans.value.ObservableValue;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import app.followup.ui.common.DisplayText;
import app.followup.ui.common.I18n;
import app.followup.ui.common.TypedDates;
import app.followup.ui.help.GlossaryWindow;
import javafx.event.Event;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small builders for the wizard's pages: labelled fields whose labels follow the chosen language. */
public final class Forms {
    /** The space on either side of a page. */
    private static final double PAGE_MARGIN = 24;
    private final I18n i18n;
    private final Consumer<String> addTheirWord;

    /** @param addTheirWord takes text selected in any field as one of the interviewer's words */
    public Forms(I18n i18n, Consumer<String> addTheirWord) {
        this.i18n = i18n;
        this.addTheirWord = addTheirWord;
    }

    /** A page: title, a short explanation, then the fields, scrolling when the window is small. */
    public Node page(String titleKey, Node... content) {
        return page(titleKey, i18n.text(titleKey + ".intro"), content);
    }

    /** A page whose intro changes with its state (the letter page once the letter is sent). */
    public Node page(String titleKey, ObservableValue<String> introText, Node... content) {
        Label title = new Label();
        title.textProperty().bind(i18n.text(titleKey).map(t -> t.replace("_", "")));
        title.getStyleClass().addAll("page-title", "title-2");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label intro = new Label();
        intro.textProperty().bind(introText);
        intro.getStyleClass().add("page-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(12, title, intro);
        box.getChildren().addAll(content);
        box.setPadding(new Insets(20, PAGE_MARGIN, 24, PAGE_MARGIN));
        box.getStyleClass().add("wizard-page");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        SteadyScroll.keep(scroll);
        ScrollBarRoom.fromRightMargin(scroll, box, PAGE_MARGIN);
        return scroll;
    }

    /** A link that opens the glossary, for pages whose fields use the method's words. */
    public Node glossaryLink() {
        Hyperlink link = new Hyperlink();
        link.setId("glossary-link");
        link.textProperty().bind(i18n.text("glossary.link"));
        link.setPadding(Insets.EMPTY);
        link.setOnAction(event -> link.fireEvent(new Event(GlossaryWindow.SHOW)));
        return link;
    }

    /** A label above its field, the label's mnemonic moving focus to the field. */
    public Node field(String labelKey, Node control) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, label, control);
        VBox.setVgrow(control, Priority.ALWAYS);
        return box;
    }

    public TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setTextFormatter(DisplayText.composing());
        field.textProperty().bindBidirectional(value);
        field.setContextMenu(editMenu(field));
        return field;
    }

    public TextArea area(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setTextFormatter(DisplayText.composing());
        area.textProperty().bindBidirectional(value);
        area.setContextMenu(editMenu(area));
        tabMovesOn(area);
        return area;
    }

    /**
     * Tab and Shift+Tab move to the next and previous field, as in every other field: notes never need a tab
     * character, and a keyboard user would otherwise be stuck in the field. The text area's own binding for
     * Ctrl+Tab does the moving.
     */
    public static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), area, KeyEvent.KEY_PRESSED, event.getCharacter(),
                        event.getText(), KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }

    /** The usual editing commands, and "Add selected text as their word". */
    private ContextMenu editMenu(TextInputControl field) {
        MenuItem cut = menuItem("edit.cut", field::cut);
        MenuItem copy = menuItem("edit.copy", field::copy);
        MenuItem paste = menuItem("edit.paste", field::paste);
        MenuItem all = menuItem("edit.selectAll", field::selectAll);
        MenuItem theirs = menuItem("terms.addSelected",
                () -> addTheirWord.accept(field.getSelectedText()));
        theirs.setId("add-their-word");
        BooleanBinding nothingSelected = Bindings.createBooleanBinding(
                () -> field.getSelection().getLength() == 0, field.selectionProperty());
        cut.disableProperty().bind(nothingSelected);
        copy.disableProperty().bind(nothingSelected);
        theirs.disableProperty().bind(nothingSelected);
        return new ContextMenu(cut, copy, paste, new SeparatorMenuItem(),
                all, new SeparatorMenuItem(), theirs);
    }

    private MenuItem menuItem(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A drop-down of an enum's values, each shown through the resource key the function gives. */
    public <E extends Enum<E>> ComboBox<E> choice(String id, Class<E> type, ObjectProperty<E> value,
                                           Function<E, String> key) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(type.getEnumConstants()));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(list -> cell(key));
        box.setButtonCell(cell(key));
        chooseByTyping(box, key);
        SpaceOpensList.on(box);
        i18n.localeProperty().addListener(o -> {
            box.setButtonCell(cell(key));
            box.setCellFactory(list -> cell(key));
        });
        SteadyChoiceWidth.keep(box, item -> i18n.get(key.apply(item)), i18n.localeProperty());
        return box;
    }

    /**
     * A letter typed on a closed choice selects the next choice that starts with it, as in the platform's own drop-down
     * lists ("r" twice: Referanser, then Resultater), so that a row is filled in without the mouse. The arrow keys
     * step through the choices already.
     */
    private <E> void chooseByTyping(ComboBox<E> box, Function<E, String> key) {
        box.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (box.isShowing() || typed.isBlank() || event.isShortcutDown() || event.isAltDown()
                    || !Character.isLetterOrDigit(typed.codePointAt(0))) {
                return;
            }
            String letter = typed.toLowerCase(i18n.localeProperty().get());
            List<E> items = box.getItems();
            int from = items.indexOf(box.getValue());
            for (int step = 1; step <= items.size(); step++) {
                E candidate = items.get((from + step + items.size()) % items.size());
                if (i18n.get(key.apply(candidate)).toLowerCase(i18n.localeProperty().get()).startsWith(letter)) {
                    box.setValue(candidate);
                    event.consume();
                    return;
                }
            }
        });
    }

    private <E> ListCell<E> cell(Function<E, String> key) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(key.apply(item)));
            }
        };
    }

    /** A date field written and read the way the chosen language writes dates: 26.11.2026 or 26/11/2026. */
    public DatePicker date() {
        DatePicker picker = new DatePicker();
        picker.setConverter(TypedDates.converter(i18n));
        i18n.localeProperty().addListener(o -> picker.setConverter(TypedDates.converter(i18n)));
        picker.setPromptText(null);
        picker.setPrefWidth(170);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** A text field whose hint and accessible name is the key's text; it stretches to its cell. */
    public TextField prompt(TextField field, String key) {
        field.promptTextProperty().bind(i18n.text(key));
        field.accessibleTextProperty().bind(i18n.text(key));
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    public Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().addAll("section-title", "title-4");
        return label;
    }

    public Label hint(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("hint");
        return label;
    }

    /** A grid of equal columns that share the page's width. */
    public static GridPane columns(int count, double gap) {
        GridPane grid = new GridPane();
        grid.setHgap(gap);
        grid.setVgap(gap < 10 ? gap : 12);
        for (int i = 0; i < count; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / count);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        grid.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    public CheckBox check(String id, String key, BooleanProperty value) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(i18n.text(key));
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    public I18n i18n() {
        return i18n;
    }
}
