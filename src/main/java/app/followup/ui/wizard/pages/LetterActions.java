package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.SendControl;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The letter's three steps to a sent email (save the PDF, send, mark as sent), for the wizard's bottom bar, where
 * they are in sight at every window size: on a 1024×700 screen the letter page scrolls, and its last buttons were
 * below the fold. Whatever an action has to say appears on the page, which is scrolled to show it.
 */
public final class LetterActions extends HBox {

    /**
     * @param sendArea  the page's send area, whose line under its buttons says what happened to the email
     * @param sentLine  the page's line that says the letter is marked as sent
     * @param afterSent where the keyboard goes once the letter is marked as sent (the button is no longer offered)
     */
    LetterActions(LetterPageViewModel vm, I18n i18n, Node sendArea, Node sentLine, Node afterSent) {
        super(8);
        setId("letter-actions");
        setAlignment(Pos.CENTER_LEFT);
        Button savePdf = PageButtons.of("save-pdf", "letter.savePdf", vm.exports()::savePdf, i18n);
        MenuButton send = new MenuButton();
        send.setId("letter-send-menu");
        send.textProperty().bind(Bindings.createStringBinding(() -> i18n.plain("letter.sendMenu"),
                i18n.localeProperty()));
        send.getItems().addAll(
                item("send-menu-mail-program", "send.mailProgram", vm.send()::openInMailProgram, sendArea, i18n),
                item("send-menu-gmail", "send.gmail", vm.send()::openInGmail, sendArea, i18n),
                item("send-menu-outlook", "send.outlook", vm.send()::openInOutlook, sendArea, i18n),
                item("send-menu-eml", "send.eml", vm.send()::saveDraft, sendArea, i18n),
                // for webmail the user starts, the parts one by one: three testers looked for the copy buttons in this
                // menu, not at the foot of the page
                new SeparatorMenuItem(),
                copyItem("send-menu-copy-recipients", "send.menu.copy.recipients", "recipients",
                        vm.send()::recipients, vm, sendArea, i18n),
                copyItem("send-menu-copy-copies", "send.menu.copy.copies", "copies", vm.send()::copies, vm,
                        sendArea, i18n),
                copyItem("send-menu-copy-subject", "send.menu.copy.subject", "subject", vm.send()::subject, vm,
                        sendArea, i18n),
                copyItem("send-menu-copy-body", "send.menu.copy.body", "body", vm.send()::body, vm, sendArea, i18n));
        Button markSent = PageButtons.of("mark-sent", "letter.markSent", () -> {
            vm.sent().markSent();
            afterSent.requestFocus();
            Platform.runLater(() -> ScrollIntoView.withPageTop(sentLine));
        }, i18n);
        markSent.disableProperty().bind(vm.sent().sentText().isNotEmpty());
        for (Region each : new Region[] {savePdf, send, markSent}) {
            each.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(savePdf, send, markSent);
    }

    /** One part of the email onto the clipboard; the send area's line says so, as the copy buttons' do. */
    private static MenuItem copyItem(String id, String key, String part, Supplier<String> text,
                                     LetterPageViewModel vm, Node sendArea, I18n i18n) {
        return item(id, key, () -> SendControl.copy(vm.send(), part, text.get()), sendArea, i18n);
    }

    /** A way to send it; then the page shows its send area, where the line under the buttons says how it went. */
    private static MenuItem item(String id, String key, Runnable action, Node sendArea, I18n i18n) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.setMnemonicParsing(false);
        item.textProperty().bind(Bindings.createStringBinding(() -> i18n.plain(key), i18n.localeProperty()));
        item.setOnAction(e -> {
            action.run();
            Platform.runLater(() -> ScrollIntoView.whole(sendArea));
        });
        return item;
    }
}
