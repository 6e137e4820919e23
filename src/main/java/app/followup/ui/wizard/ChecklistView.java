package app.followup.ui.wizard;

import javafx.scene.control.ToggleButton;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.binding.Bindings;
import java.util.Locale;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.advice.Advice;
import app.followup.advice.Level;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.text.TextAlignment;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The always-visible checklist: one line per piece of advice; a click goes to the page it is about. */
public final class ChecklistView extends VBox {
    /** The most the panel takes before it scrolls: about four short items. */
    private static final double HEIGHT = 150;
    private final BooleanProperty open = new SimpleBooleanProperty(true);
    /** Nothing to say: the panel is one line, so that the letter below gets the room. */
    private final BooleanProperty quiet = new SimpleBooleanProperty(false);
    private final Label none = new Label();
    private final VBox items = new VBox(4);
    private final ScrollPane scroll;
    /** The number of items the height was last fitted to. */
    private int fittedTo = -1;
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
        // as tall as its items, up to a limit, then it scrolls: one item took 200 px from the letter at 1024×700.
        // The height follows the number of items and the panel's width only, not their text, so that the live
        // letter below does not jump with each key typed; "no remarks" folds it to the title line
        this.scroll = scroll;
        fitHeight();
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (Math.abs(was.getWidth() - now.getWidth()) >= 1) {
                fitHeightLater();
            }
        });
        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(open.and(quiet.not()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        none.setId("checklist-none");
        none.textProperty().bind(i18n.text("advice.none"));
        // under the title in a narrow panel, wrapped there rather than cut with "…"
        none.setWrapText(true);
        none.getStyleClass().add("hint");
        none.visibleProperty().bind(open.and(quiet));
        none.managedProperty().bind(none.visibleProperty());
        ToggleButton toggle = new ToggleButton();
        toggle.setId("checklist-toggle");
        toggle.selectedProperty().bindBidirectional(open);
        toggle.textProperty().bind(Bindings.when(open).then(i18n.text("advice.hide")).otherwise(i18n.text("advice.show")));
        toggle.getStyleClass().addAll("flat", "small");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("checklist-count");
        // what is there to act on: "Checklist (1)" for the green "send it today" sent a tester looking for a fault
        count.textProperty().bind(Bindings.createStringBinding(() -> "(" + (advice.advice().stream()
                .filter(item -> item.level() != Level.INFO).count()
                + (letter.notesChanges().get().isEmpty() ? 0 : 1)) + ")", advice.advice(), letter.notesChanges()));
        count.visibleProperty().bind(open.not());
        count.managedProperty().bind(count.visibleProperty());
        count.getStyleClass().add("hint");
        getChildren().addAll(new ChecklistHeading(title, count, none, toggle), scroll);
        advice.advice().addListener((ListChangeListener<Advice>) change -> rebuild());
        letter.notesChanges().addListener((o, was, now) -> {
            if (was.isEmpty() != now.isEmpty()) {
                rebuild();
            }
        });
        i18n.localeProperty().addListener(o -> rebuild());
        // out of the window while a page with a wide table had the width, the items could not be measured: they
        // are once back (cut to one line on page 3 after the participants page at 1024×700)
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                fitHeightLater();
            }
        });
        // an item's text may have grown since the last fit (one remark replaced by a longer one): fitted again
        // when the user moves to another page, where the page changes anyway, rather than under their typing
        wizard.currentProperty().addListener(o -> fitHeightLater());
        rebuild();
    }

    /** True while the advice is shown; false leaves the title line and the count. */
    BooleanProperty openProperty() {
        return open;
    }

    /** Whether there is anything to read in the panel beyond its title line. */
    boolean hasItems() {
        return !quiet.get();
    }

    private void rebuild() {
        items.getChildren().clear();
        if (!letter.notesChanges().get().isEmpty()) {
            items.getChildren().add(notesChangedRow());
        }
        quiet.set(advice.advice().isEmpty() && items.getChildren().isEmpty());
        for (Advice item : advice.advice()) {
            items.getChildren().add(row(item));
        }
        if (items.getChildren().size() != fittedTo) {
            fitHeightLater();
        }
    }

    /** Once the new items are laid out at the panel's width. */
    private void fitHeightLater() {
        fittedTo = items.getChildren().size();
        javafx.application.Platform.runLater(this::fitHeight);
    }

    private void fitHeight() {
        if (getScene() == null) {
            return;
        }
        double width = scroll.getViewportBounds().getWidth();
        if (width <= 0 && scroll.getPrefViewportHeight() > 0) {
            // not laid out yet: fitted when the panel gets its width
            return;
        }
        items.applyCss();
        double content = width > 0 && !items.getChildren().isEmpty()
                ? items.prefHeight(width) + items.snappedTopInset() + items.snappedBottomInset() : HEIGHT;
        double height = Math.min(HEIGHT, Math.ceil(content));
        scroll.setPrefViewportHeight(height);
        scroll.setMinViewportHeight(height);
    }

    /**
     * The window's own item, not advice the command line gives: only the window knows the letter as it was when
     * the user edited it (see docs/advice.md).
     */
    private HBox notesChangedRow() {
        Button go = item(i18n.get("letter.notesChanged.advice"));
        go.setId("notes-changed-item");
        go.setOnAction(e -> wizard.goTo(wizard.indexOf(LetterPageViewModel.class)));
        return row(go, "warn");
    }

    private HBox row(Advice item) {
        Button go = item(item.message());
        go.setUserData(item.code().key());
        go.setOnAction(e -> {
            wizard.goTo(wizard.indexOf(AdviceViewModel.pageOf(item.field())));
            AdvisedFieldFocus.later(getScene(), item.detail());
        });
        HBox row = row(go, item.level().name().toLowerCase(Locale.ROOT));
        if (AdviceViewModel.canReplace(item)) {
            Button replace = new Button(i18n.get("advice.replaceAll"));
            replace.setId("replace-all");
            replace.setMinWidth(Region.USE_PREF_SIZE);
            replace.setOnAction(e -> letter.replaceAvoidedWords());
            row.getChildren().add(replace);
        }
        return row;
    }

    private static Button item(String message) {
        Button go = new Button(message);
        go.setWrapText(true);
        go.setMnemonicParsing(false);
        go.setAlignment(Pos.TOP_LEFT);
        go.setTextAlignment(TextAlignment.LEFT);
        go.setMaxWidth(Double.MAX_VALUE);
        go.setMinHeight(Region.USE_PREF_SIZE);
        go.getStyleClass().addAll("flat", "advice-item");
        HBox.setHgrow(go, Priority.ALWAYS);
        return go;
    }

    /**
     * The dot beside the button rather than as its graphic: a wrapping button with a graphic is given a line too
     * few when the panel is narrow, and its last line ends in "…".
     */
    private static HBox row(Button go, String level) {
        Region dot = new Region();
        dot.getStyleClass().addAll("advice-dot", "advice-" + level);
        HBox row = new HBox(2, dot, go);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
