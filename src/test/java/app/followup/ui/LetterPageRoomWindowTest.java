package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.controls.SendControl;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.TermsPageViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The letter page and pages 3, 7 and 8 as two new users saw them at 1280×800 and 1024×700: "Back to the generated
 * letter" half hidden under the bottom bar, an empty band above the subject, an editor showing 13 of the letter's 35
 * lines; the salary and the core task cut mid-word; "Add word" jumping below the first row; the first of three
 * causes scrolled out of its box.
 */
@ExtendWith(ApplicationExtension.class)
class LetterPageRoomWindowTest {
    /** The share of the page's window the letter editor takes at 1280×800 (it took 41 %). */
    private static final double EDITOR_SHARE = 0.75;

    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.norwegian().threaded().shownAt(stage, 1280, 800);
    }

    @Test
    void noButtonIsCutByTheBottomBarAndTheEditorFillsThePage(FxRobot robot) {
        openTheLetterPage(robot);
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 800}, {1024, 700}}) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.i18n().localeProperty().set(language);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> pageOf(robot.lookup("#letter-body").query()).setVvalue(0));
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + " " + language + ": ";
                ScrollPane page = pageOf(robot.lookup("#letter-body").query());
                Bounds shown = page.localToScene(page.getLayoutBounds());
                for (Button button : robot.lookup(".button").queryAllAs(Button.class)) {
                    if (!isShown(button) || !isInside(button, page)) {
                        continue;
                    }
                    Bounds drawn = button.localToScene(button.getLayoutBounds());
                    if (drawn.getMinY() < shown.getMaxY() - 0.5 && drawn.getMaxY() > shown.getMaxY() + 0.5) {
                        problems.add(where + "\"" + button.getText() + "\" cut by the page's lower edge");
                    }
                }
                Node reset = robot.lookup("#letter-reset").query();
                Node subject = robot.lookup("#letter-subject").query();
                if (!isShown(reset) || reset.localToScene(reset.getLayoutBounds()).getMaxY()
                        > subject.localToScene(subject.getLayoutBounds()).getMinY()) {
                    problems.add(where + "Back to the generated letter is not in the row above the subject");
                }
                TextArea editor = robot.lookup("#letter-body").queryAs(TextArea.class);
                if (size[0] == 1280 && editor.getHeight() < EDITOR_SHARE * page.getViewportBounds().getHeight()) {
                    problems.add(where + "editor " + editor.getHeight() + " of " + page.getViewportBounds().getHeight());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCopyButtonSaysWhatItCopiedBesideItWhenTheLineUnderTheButtonsIsOutOfSight(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        openTheLetterPage(robot);
        Node copies = robot.lookup("#send-copy-copies").query();
        Node message = robot.lookup("#send-message").query();
        // the copy row at the page's lower edge, the line under it out of sight, as the tester had it
        robot.interact(() -> {
            ScrollPane page = pageOf(copies);
            double hidden = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
            double rowEnd = page.getContent().sceneToLocal(copies.localToScene(copies.getLayoutBounds())).getMaxY();
            page.setVvalue((rowEnd + 2 - page.getViewportBounds().getHeight()) / hidden);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane page = pageOf(copies);
        assertThat(message.localToScene(message.getLayoutBounds()).getMaxY())
                .as("the line under the buttons out of sight").isGreaterThan(
                        page.localToScene(page.getLayoutBounds()).getMaxY());
        robot.clickOn(copies);
        SendControl send = robot.lookup("#letter-send").queryAs(SendControl.class);
        waitUntil(() -> send.copiedNote().isShowing());
        assertThat(send.copiedNote().getText()).contains("utklippstavlen");
    }

    @Test
    void thePrivateFieldsShowTheirWholeText(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1024));
        robot.interact(() -> stage.setHeight(700));
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> {
            PrivatePageViewModel page = main.wizard().page(PrivatePageViewModel.class);
            page.salary.set("850 000 kr fastlønn + bonus etter resultat, og firmabil");
            page.coreTask.set("vinne og eie de store næringskundene, og holde fornyelsesmøter før avtalene løper ut");
            main.wizard().goTo(main.wizard().indexOf(PrivatePageViewModel.class));
        });
        for (String id : List.of("#salary", "#core-task")) {
            waitUntil(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
            TextArea field = robot.lookup(id).queryAs(TextArea.class);
            waitUntil(() -> wholeTextShown(field));
        }
    }

    @Test
    void threeWrappedCausesAreAllInSight(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1024));
        robot.interact(() -> stage.setHeight(700));
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> {
            main.wizard().page(ChallengePageViewModel.class).causes.set(
                    "selgerne er vant til å selge på pris til små bedrifter, ikke til innkjøpsavdelinger\n"
                            + "ingen eier kundeforholdet etter at avtalen er signert\n"
                            + "selgerne jakter nye kunder og følger ikke opp de 40 største");
            main.wizard().goTo(main.wizard().indexOf(ChallengePageViewModel.class));
        });
        waitUntil(() -> robot.lookup("#causes").tryQuery().map(Node::isVisible).orElse(false));
        TextArea causes = robot.lookup("#causes").queryAs(TextArea.class);
        waitUntil(() -> wholeTextShown(causes));
    }

    @Test
    void addWordStaysWhereItIsWhenARowIsAdded(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(TermsPageViewModel.class)));
        waitUntil(() -> robot.lookup("#terms-add").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node add = robot.lookup("#terms-add").query();
        double before = add.localToScene(add.getLayoutBounds()).getMinY();
        int rows = main.wizard().page(TermsPageViewModel.class).terms().rows().size();
        robot.clickOn(add);
        waitUntil(() -> main.wizard().page(TermsPageViewModel.class).terms().rows().size() == rows + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.localToScene(add.getLayoutBounds()).getMinY()).as("Add word after a row was added")
                .isEqualTo(before);
    }

    /** The field's text fits it: its inner scroll pane has nothing hidden. */
    private static boolean wholeTextShown(TextArea field) {
        ScrollPane inside = (ScrollPane) field.lookup(".scroll-pane");
        return inside != null && inside.getContent().getLayoutBounds().getHeight()
                <= inside.getViewportBounds().getHeight() + 0.5;
    }

    private void openTheLetterPage(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        waitUntil(() -> robot.lookup("#letter-body").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane pageOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("not on a scrolling page");
    }
}
