package app.followup.ui;

import javafx.geometry.Pos;
import javafx.scene.input.KeyEvent;
import app.followup.ui.board.BoardView;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.common.I18n;
import app.followup.ui.help.GlossaryWindow;
import app.followup.ui.wizard.WizardView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The main window's frame: menus, start page or wizard, status line; files dropped on it open. */
public final class MainWindow extends BorderPane {
    private final MainViewModel main;
    private final I18n i18n;
    private final Runnable buildWizard;
    private final StackPane center;
    private Menu fileMenu;
    private WizardView wizard;
    private BoardView boardView;
    private GlossaryWindow glossary;

    MainWindow(MainViewModel main) {
        this.main = main;
        this.i18n = main.i18n();
        setId("main-window");
        StartPage start = new StartPage(main);
        this.center = new StackPane(start);
        StackPane.setAlignment(start, Pos.CENTER_LEFT);
        start.visibleProperty().bind(main.document().notesProperty().isNull());
        // the wizard's nine pages are built when first needed, so that the window appears as fast as it can
        Runnable buildWizard = () -> {
            if (wizard == null) {
                wizard = new WizardView(main);
                wizard.visibleProperty().bind(main.document().notesProperty().isNotNull());
                center.getChildren().add(wizard);
            }
        };
        main.document().notesProperty().addListener(o -> buildWizard.run());
        this.buildWizard = buildWizard;
        setTop(menus());
        setCenter(center);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(main.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        status.getStyleClass().add("status-line");
        // a saved file's long name and what to do with it must not run off the right edge at 1024×700
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(status);
        acceptDroppedFiles();
        addEventHandler(GlossaryWindow.SHOW, event -> showGlossary());
    }

    private void showGlossary() {
        if (glossary == null) {
            glossary = new GlossaryWindow(getScene().getWindow(), i18n);
        }
        glossary.show();
    }

    private MenuBar menus() {
        fileMenu = menu("menu.file",
                item("menu-new", "menu.file.new", "Shortcut+N", main::newApplication),
                item("menu-open", "menu.file.open", "Shortcut+O", main::open),
                recentMenu(),
                new SeparatorMenuItem(),
                whileOpen(item("menu-save", "menu.file.save", "Shortcut+S", main::save)),
                whileOpen(item("menu-save-as", "menu.file.saveAs", "Shortcut+Shift+S", main::saveAs)),
                new SeparatorMenuItem(),
                whileOpen(item("menu-new-round", "menu.file.newRound", null, main::newRound)),
                // beside "New round": both start a round's notes, and the File menu is where the testers looked
                whileOpen(item("menu-paste-notes", "menu.file.pasteNotes", null, main::pasteNotes)),
                item("menu-details", "menu.file.details", null, main::editCandidate),
                new SeparatorMenuItem(),
                item("menu-quit", "menu.file.quit", "Shortcut+Q", () -> main.whenMayLeave(Platform::exit)));
        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menu.language",
                languageItem("menu-norwegian", "Norsk (bokmål)", I18n.NORWEGIAN, languages),
                languageItem("menu-english", "English", I18n.ENGLISH, languages));
        Menu help = menu("menu.help", item("menu-glossary", "help.glossary", "F1", this::showGlossary),
                item("menu-about", "menu.help.about", null, main::about));
        MenuBar bar = new MenuBar(fileMenu, language, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu recentMenu() {
        Menu recent = new Menu();
        recent.setId("menu-recent");
        recent.textProperty().bind(i18n.text("menu.file.recent"));
        Runnable fill = () -> {
            recent.getItems().clear();
            List<Path> files = main.recentFiles();
            for (Path path : files) {
                MenuItem item = new MenuItem(path.getFileName().toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> main.open(path));
                recent.getItems().add(item);
            }
            if (files.isEmpty()) {
                MenuItem none = new MenuItem();
                none.textProperty().bind(i18n.text("menu.file.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        main.recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return recent;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.text(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Enabled only while an application is open. */
    private MenuItem whileOpen(MenuItem item) {
        item.disableProperty().bind(main.document().notesProperty().isNull());
        return item;
    }

    private RadioMenuItem languageItem(String id, String name, Locale locale, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(i18n.localeProperty().get().equals(locale));
        item.setOnAction(e -> i18n.localeProperty().set(locale));
        i18n.localeProperty().addListener((o, old, now) -> item.setSelected(now.equals(locale)));
        return item;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            var files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                main.open(files.get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /**
     * Adds the applications board, shown over the start page or the open application, and its menu item. The board
     * is built the first time it is shown: its table is the dearest part of the window to style and lay out, and a
     * window that opens on the start page or on a file would otherwise wait for a board nobody sees yet.
     */
    void attachBoard(BoardViewModel board) {
        Runnable showBoard = () -> {
            if (boardView == null) {
                boardView = new BoardView(board, i18n);
                boardView.visibleProperty().bind(board.shownProperty());
                center.getChildren().add(boardView);
            } else {
                boardView.toFront();
            }
        };
        board.shownProperty().addListener((o, was, now) -> {
            if (now) {
                showBoard.run();
                // "Opened …" or "Saved …" was news about the file; over the board it would read as news about it
                main.clearStatus();
            }
        });
        if (board.shownProperty().get()) {
            showBoard.run();
        }
        // the first application saved or opened puts its folder on a board that has none yet
        main.document().fileProperty().addListener((o, was, now) -> {
            if (now != null) {
                board.notesFileUsed(now);
            }
        });
        fileMenu.getItems().add(0, item("menu-board", "menu.file.board", "Shortcut+B",
                () -> board.shownProperty().set(true)));
    }

    /** Builds the wizard now if no document has needed it yet: called once the first frame is on screen. */
    void prepareWizard() {
        buildWizard.run();
    }

    /**
     * Ctrl+PageDown and Ctrl+PageUp for Next and Back, wherever focus is: a filter, since lists and text areas
     * would otherwise take those keys for themselves.
     */
    void installShortcuts() {
        KeyCodeCombination next = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
        KeyCodeCombination back = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!main.document().isOpen()) {
                return;
            }
            if (next.match(event)) {
                main.wizard().next();
                event.consume();
            } else if (back.match(event)) {
                main.wizard().back();
                event.consume();
            }
        });
    }
}
