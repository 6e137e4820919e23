package app.followup.ui;

import java.util.List;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** "Paste your notes…" at 1024×700 in the Norwegian window, the trials' smallest screen. */
class PasteNotesNorwegianLaptopTest extends PasteNotesWindowTest {
    @Start
    void start(Stage stage) {
        begin(stage);
    }

    @Override
    TestWindow window() {
        return TestWindow.norwegian();
    }

    @Override
    double width() {
        return 1024;
    }

    @Override
    double height() {
        return 700;
    }

    @Override
    List<String> sortedWords() {
        return List.of("Deltakere (side 2)", "Ingrid, adm. dir. – bestemmer", "Hans Petter, salgsdir. – sponsor",
                "Ikke plassert (tas vare på i de private notatene dine) (side 8)");
    }
}
