package app.followup.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The invitation dialog's people whole, at 1280×800 in the english window. */
class InvitationDialogEnglish1280Test extends InvitationDialogRoomTest {
    @Start
    void start(Stage stage) {
        begin(stage);
    }

    @Override
    TestWindow window() {
        return TestWindow.english();
    }

    @Override
    double width() {
        return 1280;
    }

    @Override
    double height() {
        return 800;
    }
}
