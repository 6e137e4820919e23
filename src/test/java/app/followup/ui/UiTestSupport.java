package app.followup.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do as a user would: wait for the window, type at the end of a field. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in 60 seconds", e);
        }
    }

    /** Types at the end of the field, as a user who clicks into it and goes on typing. */
    static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.END).write(text);
    }
}
