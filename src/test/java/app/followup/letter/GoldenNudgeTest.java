package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nudge and the letter closing the loop, word for word, for notes that each try one thing: the reader owns the
 * agreed step, someone else does, the step is typed as a label, two readers, no summary sent, one or two nudges.
 * Each golden letter was read in full against docs/letter-style before it was accepted; after reading new ones,
 * write them with {@code mvn test -Dtest=GoldenNudgeTest -Dgolden.write=true}.
 */
class GoldenNudgeTest {
    private static final Path NOTES = Path.of("src/test/resources/nudge");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate CALL_DAY = LocalDate.of(2026, 12, 11);
    private static final LocalDate CLOSING_DAY = LocalDate.of(2026, 12, 18);

    static Stream<Path> notes() throws IOException {
        return Files.list(NOTES).filter(p -> p.toString().endsWith(".followup.json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void theNudgeMatchesItsReviewedGoldenLetter(Path file) throws Exception {
        assertGolden(file, NudgeComposer.Kind.NUDGE, CALL_DAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void theLetterClosingTheLoopMatchesItsReviewedGoldenLetter(Path file) throws Exception {
        assertGolden(file, NudgeComposer.Kind.CLOSE_THE_LOOP, CLOSING_DAY);
    }

    private static void assertGolden(Path file, NudgeComposer.Kind kind, LocalDate proposed) throws IOException {
        Notes notes = Samples.load(file);
        String text = EmailText.of(NudgeComposer.standard().compose(notes, kind, TODAY, proposed));
        String name = file.getFileName().toString().replace(".followup.json", "");
        Path golden = Path.of("src/test/resources/golden/nudge", name + "-" + kind.name().toLowerCase() + ".txt");
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(Files.readString(golden));
    }
}
