package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.FxDialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.WindowSettings;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user at 1024×700 typed the employer's name after the "Your details" dialog and after File → Open, and the
 * letters went nowhere: the keyboard sat on the step list. The wizard is made ready behind the start page, as the
 * window does after its first frame, so the first page is in the scene but hidden when the dialog closes.
 */
@ExtendWith(ApplicationExtension.class)
class FocusAfterDialogTest {
    private MainViewModel main;
    private Stage stage;
    private final FakeDialogs fakeDialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void install(boolean realDialogs) {
        Platform.runLater(() -> {
            I18n i18n = new I18n(I18n.NORWEGIAN);
            TestWindow window = TestWindow.norwegian().threaded();
            main = window.dialogs(realDialogs ? new FxDialogs(stage, i18n, WindowSettings.inMemory(), () -> null)
                    : fakeDialogs).build();
            MainWindow mainWindow = FollowUpApp.install(stage, main);
            stage.setWidth(1024);
            stage.setHeight(700);
            stage.show();
            mainWindow.prepareWizard();
        });
        waitUntil(() -> main != null && stage.isShowing());
    }

    @Test
    void typingAfterTheDetailsDialogGoesToTheEmployerField(FxRobot robot) {
        install(true);
        Platform.runLater(main::newApplication);
        waitUntil(() -> robot.lookup("#candidate-name").tryQuery()
                .map(name -> name.isVisible() && name.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#candidate-name").write("Sindre Aasen");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.document().isOpen() && Window.getWindows().size() == 1);
        waitUntil(() -> stage.getScene().getFocusOwner() instanceof TextField field && "employer".equals(field.getId()));
        robot.write("Nordvik Emballasje AS");
        TextField employer = robot.lookup("#employer").queryAs(TextField.class);
        waitUntil(() -> "Nordvik Emballasje AS".equals(employer.getText()));
    }

    @Test
    void typingAfterOpeningAFileFromTheStartPageGoesToTheEmployerField(FxRobot robot) {
        install(false);
        fakeDialogs.toOpen = Samples.NORDLYS;
        Platform.runLater(main::open);
        waitUntil(() -> main.document().isOpen());
        waitUntil(() -> stage.getScene().getFocusOwner() instanceof TextField field && "employer".equals(field.getId()));
        TextField employer = robot.lookup("#employer").queryAs(TextField.class);
        String before = employer.getText();
        robot.write(" Nord");
        waitUntil(() -> (before + " Nord").equals(employer.getText()));
        assertThat(main.document().notes().employer().name()).isEqualTo(before + " Nord");
    }

    /**
     * A tester scrolled page 1 down to the letter's language, later opened the file again through File → Open,
     * and page 1 came back scrolled as before: the heading gone and the employer field cut in half at the top.
     */
    @Test
    void aFileOpenedAgainShowsPageOneFromItsTop(FxRobot robot) {
        install(false);
        fakeDialogs.toOpen = Samples.NORDLYS;
        Platform.runLater(main::open);
        waitUntil(() -> main.document().isOpen());
        // the page is put in the window after the document opens: wait for it, not for the document alone
        waitUntil(() -> robot.lookup("#employer").tryQuery().map(n -> n.getScene() != null).orElse(false));
        javafx.scene.Node inPage = robot.lookup("#employer").query();
        while (!(inPage instanceof ScrollPane)) {
            inPage = inPage.getParent();
        }
        ScrollPane page = (ScrollPane) inPage;
        waitUntil(() -> page.getContent().getLayoutBounds().getHeight() > page.getViewportBounds().getHeight());
        robot.interact(() -> page.setVvalue(1));
        Platform.runLater(main::open);
        waitUntil(() -> stage.getScene().getFocusOwner() instanceof TextField field && "employer".equals(field.getId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getVvalue()).isZero();
    }
}
