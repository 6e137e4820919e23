package app.followup.ui;

import java.util.List;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** "Paste your notes…" at 1280×800 in the English window. */
class PasteNotesEnglish1280Test extends PasteNotesWindowTest {
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

    @Override
    List<String> sortedWords() {
        return List.of("Participants (page 2)", "Ingrid, adm. dir. – decides", "Hans Petter, salgsdir. – sponsor",
                "Not placed (kept in your private notes) (page 8)");
    }
}
