package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import app.followup.notes.NotesReader;
import app.followup.userfiles.TemplateLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letters for each language and stage, word for word: the samples and a corpus of notes that each try one thing
 * (two addressees, the decision maker as addressee, sparse notes, avoided words, evidence of every kind). Each
 * golden letter was read in full against docs/letter-style rules before it was accepted. A change of wording shows
 * here; after reading the new letters, write them with {@code mvn test -Dtest=GoldenLetterTest -Dgolden.write=true}.
 */
class GoldenLetterTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final LocalDate CORPUS_DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).filter(p -> p.toString().endsWith(".followup.json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusLetterMatchesItsReviewedGoldenLetter(Path file) throws Exception {
        Notes notes = Samples.load(file);
        String name = file.getFileName().toString().replace(".followup.json", "");
        String text = EmailText.of(composer.compose(notes, notes.rounds().size() - 1, CORPUS_DAY));
        Path golden = Path.of("src/test/resources/golden/corpus", name + ".txt");
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource({
        "samples/nordlys-key-account-manager.followup.json, 1, 2026-11-26, nb-sponsor",
        "samples/vestland-energi-salgssjef.followup.json, 2, 2026-11-26, nb-decision-maker",
        "samples/vestland-energi-salgssjef.followup.json, 1, 2026-11-26, nb-sponsor-edited",
        "samples/harbour-analytics-account-executive.followup.json, 1, 2026-11-26, en-sponsor",
        "src/test/resources/notes/en-decision-maker.followup.json, 1, 2026-12-03, en-decision-maker"})
    void letterMatchesGoldenFile(String file, int round, String today, String golden) throws Exception {
        Notes notes = new NotesReader().read(Files.readAllBytes(Path.of(file)));
        Letter letter = composer.compose(notes, round - 1, LocalDate.parse(today));
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(Path.of("src/test/resources/golden", golden + ".txt"), EmailText.of(letter));
        }
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
