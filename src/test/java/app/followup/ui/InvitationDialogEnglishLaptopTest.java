package app.followup.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The invitation dialog's people whole, at 1024×700 in the english window. */
class InvitationDialogEnglishLaptopTest extends InvitationDialogRoomTest {
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
        return 1024;
    }

    @Override
    double height() {
        return 700;
    }
}
