package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import app.followup.notes.NotesReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The letters for each language and stage, word for word. A change of wording shows here; update the golden file
 * deliberately (the README shows how to render one).
 */
class GoldenLetterTest {
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    @ParameterizedTest(name = "{3}")
    @CsvSource({
        "samples/nordlys-key-account-manager.followup.json, 1, 2026-11-26, nb-sponsor",
        "samples/vestland-energi-salgssjef.followup.json, 2, 2026-11-26, nb-decision-maker",
        "samples/vestland-energi-salgssjef.followup.json, 1, 2026-11-26, nb-sponsor-edited",
        "samples/harbour-analytics-account-executive.followup.json, 1, 2026-11-26, en-sponsor",
        "src/test/resources/notes/en-decision-maker.followup.json, 1, 2026-12-03, en-decision-maker"})
    void letterMatchesGoldenFile(String file, int round, String today, String golden) throws Exception {
        Notes notes = new NotesReader().read(java.nio.file.Files.readAllBytes(Path.of(file)));
        Letter letter = composer.compose(notes, round - 1, LocalDate.parse(today));
        assertThat(EmailText.of(letter)).isEqualTo(Samples.resource("golden/" + golden + ".txt"));
    }

    @ParameterizedTest
    @CsvSource({"samples/nordlys-key-account-manager.followup.json", "samples/harbour-analytics-account-executive.followup.json"})
    void aTypicalSponsorLetterStaysUnderThreeHundredWords(String file) {
        Letter letter = composer.compose(Samples.load(Path.of(file)), 0, LocalDate.of(2026, 11, 26));
        String[] words = letter.bodyText().split("\\s+");
        assertThat(words.length).isBetween(120, 300);
        assertThat(letter.bodyText().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
