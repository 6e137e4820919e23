package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.followup.Samples;
import app.followup.cli.Cli;
import app.followup.model.Language;
import app.followup.model.Stage;
import app.followup.userfiles.TemplateException;
import app.followup.userfiles.TemplateLibrary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, class 7: a broken template of the user's is named with its line, never an internal error. */
class BrokenTemplateTest {
    @TempDir
    Path folder;

    private Path template(String text) throws Exception {
        return Files.writeString(folder.resolve(TemplateLibrary.fileName(Language.NB, Stage.SPONSOR)), text);
    }

    @Test
    void aBrokenSectionIsNamedWithItsFileAndLine() throws Exception {
        Path file = template("Hei {{greeting}},\n\n{{#causes}}\n- {{.}}\n{{/consequences}}\n");
        assertThatThrownBy(() -> new TemplateLibrary(folder).template(Language.NB, Stage.SPONSOR))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("letter template " + file + ": line 5: ")
                .hasMessageContaining("consequences");
    }

    @Test
    void textThatIsNotUtf8AndIncludedTemplatesAreNamedToo() throws Exception {
        Path file = folder.resolve(TemplateLibrary.fileName(Language.NB, Stage.SPONSOR));
        Files.write(file, "Hei {{greeting}} \u00e6".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new TemplateLibrary(folder).template(Language.NB, Stage.SPONSOR))
                .hasMessage("letter template " + file + ": not UTF-8 text; save it as UTF-8");
        template("Hei {{greeting}}\n{{> footer}}\n");
        assertThatThrownBy(() -> new TemplateLibrary(folder).template(Language.NB, Stage.SPONSOR))
                .hasMessageContaining("{{> footer}}: other templates cannot be included");
    }

    @Test
    void theWindowFallsBackToTheBuiltInTemplateAndIsToldOnce() throws Exception {
        template("{{#causes}}never closed");
        List<TemplateException> notices = new ArrayList<>();
        LetterComposer composer = new LetterComposer(new TemplateLibrary(folder).fallingBackToBuiltIn(notices::add));
        LetterComposer builtIn = new LetterComposer(new TemplateLibrary(null));
        var notes = Samples.load(Samples.NORDLYS);
        Letter letter = composer.compose(notes, 0, LocalDate.of(2026, 11, 26));
        composer.compose(notes, 0, LocalDate.of(2026, 11, 26));
        assertThat(letter.bodyText()).isNotBlank()
                .isEqualTo(builtIn.compose(notes, 0, LocalDate.of(2026, 11, 26)).bodyText());
        assertThat(notices).singleElement().satisfies(e -> assertThat(e.problem()).contains("line 1"));
    }

    @Test
    void theCommandLineExitsTwoWithOneLineNamingTheTemplate() throws Exception {
        Path config = Files.createDirectories(folder.resolve("config"));
        Path templates = Files.createDirectories(config.resolve("templates"));
        Path file = Files.writeString(templates.resolve(TemplateLibrary.fileName(Language.NB, Stage.SPONSOR)),
                "Hei\n{{/greeting}}\n");
        String before = System.getProperty("followup.config");
        System.setProperty("followup.config", config.toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Cli.run(new String[] {"render", Samples.NORDLYS.toString()}, new PrintStream(out),
                    new PrintStream(err));
            assertThat(status).isEqualTo(Cli.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("followup: letter template " + file
                    + ": line 2: Section close tag with no open tag 'greeting'\n");
            assertThat(out.size()).isZero();
        } finally {
            if (before == null) {
                System.clearProperty("followup.config");
            } else {
                System.setProperty("followup.config", before);
            }
        }
    }
}
