package app.followup.ui;

import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Language;
import app.followup.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, class 7 in the window: a broken template of the user's shows the built-in letter and says why. */
public class BrokenTemplateWindowTest {
    @TempDir
    Path folder;

    @Test
    void theBuiltInLetterIsShownAndTheUserToldOnce() throws Exception {
        Path broken = Files.writeString(folder.resolve(TemplateLibrary.fileName(Language.NB, Stage.SPONSOR)),
                "Hei {{greeting}},\n{{#causes}}\n");
        FakeDialogs dialogs = new FakeDialogs();
        AtomicReference<MainViewModel> window = new AtomicReference<>();
        // wired as FollowUpApp wires it
        LetterComposer composer = new LetterComposer(new TemplateLibrary(folder).fallingBackToBuiltIn(problem ->
                window.get().templateProblem(problem)));
        MainViewModel main = TestWindow.english().dialogs(dialogs).today(LocalDate.of(2026, 11, 26))
                .composer(composer).build();
        window.set(main);
        main.open(Samples.NORDLYS);
        LetterPageViewModel letter = main.wizard().page(LetterPageViewModel.class);
        main.wizard().page(VisionPageViewModel.class).vision.set("Ny visjon");
        String builtIn = new LetterComposer(new TemplateLibrary(null)).compose(main.document().notes(), 0,
                LocalDate.of(2026, 11, 26)).bodyText();
        assertThat(letter.letterProperty().get().bodyText()).startsWith("Hei Ola,").isEqualTo(builtIn);
        assertThat(dialogs.errors).singleElement().satisfies(message -> assertThat(message)
                .contains(broken.toString()).contains("built-in").contains("line"));
    }
}
