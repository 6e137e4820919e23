package app.followup.ui;

import javafx.scene.input.KeyCombination;

/**
 * A command of the window's menus: its item's id and words, its shortcut, and whether it needs an open application.
 * The items are made when their menu is first opened, the shortcuts work from the first frame: one list for both,
 * so a shortcut cannot drift from the item that shows it.
 */
enum MenuCommand {
    BOARD("menu-board", "menu.file.board", "Shortcut+B", false),
    NEW("menu-new", "menu.file.new", "Shortcut+N", false),
    OPEN("menu-open", "menu.file.open", "Shortcut+O", false),
    SAVE("menu-save", "menu.file.save", "Shortcut+S", true),
    SAVE_AS("menu-save-as", "menu.file.saveAs", "Shortcut+Shift+S", true),
    NEW_ROUND("menu-new-round", "menu.file.newRound", null, true),
    DETAILS("menu-details", "menu.file.details", null, false),
    QUIT("menu-quit", "menu.file.quit", "Shortcut+Q", false),
    GLOSSARY("menu-glossary", "help.glossary", "F1", false),
    ABOUT("menu-about", "menu.help.about", null, false);

    final String id;
    final String key;
    /** Null for a command with no shortcut. */
    final KeyCombination shortcut;
    final boolean needsOpenApplication;

    MenuCommand(String id, String key, String shortcut, boolean needsOpenApplication) {
        this.id = id;
        this.key = key;
        this.shortcut = shortcut == null ? null : KeyCombination.keyCombination(shortcut);
        this.needsOpenApplication = needsOpenApplication;
    }
}
