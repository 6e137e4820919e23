package app.followup.ui.controls;

import javafx.scene.layout.Region;
import app.followup.ui.common.I18n;
import app.followup.ui.common.SendViewModel;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.animation.PauseTransition;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;

/**
 * The buttons that send an email written in the window (mail program, Gmail, Outlook on the web, {@code .eml},
 * copy one part at a time), with room below that says what happened, in red when nothing could open it.
 */
public final class SendControl extends VBox {
    /** How long what a copy button did is said beside it, when the line under the buttons is out of sight. */
    private static final Duration NOTE_SHOWN = Duration.seconds(3);
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** Room for the longest message at the letter page's narrowest: "Ingen e-postprogram …" in bold at 1024×700. */
    private static final int MESSAGE_LINES = 4;
    private final Label message = new ReservedMessage(MESSAGE_LINES);
    private final SendViewModel send;
    private final Tooltip copiedNote = new Tooltip();

    public SendControl(SendViewModel send, I18n i18n) {
        this(send, i18n, false);
    }

    /**
     * @param mnemonics whether the buttons take their Alt letters: in a window of their own they do; on a page
     *                  whose other buttons claim letters of their own they do not
     */
    public SendControl(SendViewModel send, I18n i18n, boolean mnemonics) {
        super(6);
        this.send = send;
        getStyleClass().add("send-control");
        // one button a part, not a menu: each is in sight, and one click puts it on the clipboard
        Label copyLabel = new Label();
        copyLabel.textProperty().bind(label("send.copy", i18n, false));
        copyLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane copy = new FlowPane(6, 6, copyLabel,
                copyButton("send-copy-recipients", "send.copy.recipients", "recipients", send::recipients, send,
                        i18n, mnemonics),
                copyButton("send-copy-copies", "send.copy.copies", "copies", send::copies, send, i18n, mnemonics),
                copyButton("send-copy-subject", "send.copy.subject", "subject", send::subject, send, i18n,
                        mnemonics),
                copyButton("send-copy-body", "send.copy.body", "body", send::body, send, i18n, mnemonics));
        copy.setAlignment(Pos.CENTER_LEFT);
        copy.setId("send-copy");
        FlowPane buttons = new FlowPane(8, 8,
                button("send-mail-program", "send.mailProgram", mnemonics, send::openInMailProgram, i18n),
                button("send-gmail", "send.gmail", mnemonics, send::openInGmail, i18n),
                button("send-outlook", "send.outlook", mnemonics, send::openInOutlook, i18n),
                button("send-eml", "send.eml", mnemonics, send::saveDraft, i18n));
        // a webmail link no browser opened still works pasted into one the user starts
        Button copyLink = new Button();
        copyLink.setId("send-copy-link");
        copyLink.getStyleClass().add("small");
        copyLink.setMinWidth(Region.USE_PREF_SIZE);
        copyLink.textProperty().bind(label("send.copyLink", i18n, mnemonics));
        // its room is kept while it is hidden: appearing, it took a line of its own and moved the buttons
        copyLink.visibleProperty().bind(send.unopenedLinkProperty().isNotEmpty());
        copyLink.setOnAction(e -> {
            toClipboard(send.unopenedLinkProperty().get());
            send.linkCopied();
        });
        // last in the copy row, a copy button among the others, in room it has before it is offered
        copy.getChildren().add(copyLink);
        // under the buttons, in room kept for it: what it says moves no button
        Label message = this.message;
        message.setId("send-message");
        message.getStyleClass().add("send-message");
        message.textProperty().bind(send.messageProperty());
        send.problemProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(PROBLEM, now));
        getChildren().addAll(buttons, copy, message);
    }

    /**
     * What a copy button did, said right under it when the line under the buttons is out of sight: at 1024×700 the
     * copy row is at the window's lower edge, and "The Cc recipients are on the clipboard" was seen only after
     * scrolling. A note over the page, not a line in it, so that nothing moves.
     */
    private void sayBeside(Button pressed) {
        if (wholeInSight(message) || pressed.getScene() == null) {
            return;
        }
        copiedNote.setText(send.messageProperty().get());
        copiedNote.setWrapText(true);
        copiedNote.setMaxWidth(Math.max(pressed.getScene().getWidth() / 3, 240));
        javafx.geometry.Bounds at = pressed.localToScreen(pressed.getLayoutBounds());
        if (at != null) {
            copiedNote.show(pressed, at.getMinX(), at.getMaxY() + 4);
            // gone when the pointer leaves the button, as a tooltip goes: it never lies over the next thing clicked
            pressed.addEventHandler(MouseEvent.MOUSE_EXITED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent event) {
                    pressed.removeEventHandler(MouseEvent.MOUSE_EXITED, this);
                    copiedNote.hide();
                }
            });
            PauseTransition hide = new PauseTransition(NOTE_SHOWN);
            hide.setOnFinished(e -> copiedNote.hide());
            hide.playFromStart();
        }
    }

    /** Whether the node is wholly inside the scrolling page it is on; true off such a page. */
    private static boolean wholeInSight(javafx.scene.Node node) {
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane page) {
                javafx.geometry.Bounds shown = page.localToScene(page.getLayoutBounds());
                javafx.geometry.Bounds drawn = node.localToScene(node.getLayoutBounds());
                return drawn.getMinY() >= shown.getMinY() - 0.5 && drawn.getMaxY() <= shown.getMaxY() + 0.5;
            }
        }
        return true;
    }

    /** What the last copy button said beside itself, while it is shown. */
    public Tooltip copiedNote() {
        return copiedNote;
    }

    /** The key's text, with its Alt letter marked or, without mnemonics, left out. */
    private static ObservableValue<String> label(String key, I18n i18n, boolean mnemonics) {
        return mnemonics ? i18n.text(key) : Bindings.createStringBinding(() -> i18n.plain(key), i18n.localeProperty());
    }

    private Button copyButton(String id, String key, String part, Supplier<String> text, SendViewModel send,
                              I18n i18n, boolean mnemonics) {
        Button item = new Button();
        item.setId(id);
        item.getStyleClass().add("small");
        item.setMinWidth(Region.USE_PREF_SIZE);
        item.textProperty().bind(label(key, i18n, mnemonics));
        item.setOnAction(e -> {
            copy(send, part, text.get());
            sayBeside(item);
        });
        return item;
    }

    /** One part of the email onto the clipboard, and the send area's line saying so. */
    public static void copy(SendViewModel send, String part, String text) {
        toClipboard(text);
        send.copied(part);
    }

    /** Puts plain text on the system clipboard, for pasting into the mail the user writes. */
    public static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Button button(String id, String key, boolean mnemonics, Runnable action, I18n i18n) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(label(key, i18n, mnemonics));
        button.setOnAction(e -> action.run());
        return button;
    }
}
