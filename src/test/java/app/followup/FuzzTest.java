package app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.TemplateLibrary;
import app.followup.mail.EmailDraft;
import app.followup.mail.EmailText;
import app.followup.mail.Reminders;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing: broken bytes either read or fail with the one clear error type; any notes export everywhere without
 * an exception. The try counts keep the whole suite well under ten minutes on two cores.
 */
class FuzzTest {
    private static final List<byte[]> SEEDS = Samples.all().stream().map(FuzzTest::bytes).toList();
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A sample with a few bytes flipped, inserted, deleted or the file cut short. */
    @Provide
    Arbitrary<byte[]> mutatedNotes() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
                .as((kind, where, value) -> new int[] {kind, where, value}).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(seed, edits).as(FuzzTest::mutate);
    }

    private static byte[] mutate(byte[] seed, List<int[]> edits) {
        byte[] bytes = seed.clone();
        for (int[] edit : edits) {
            if (bytes.length == 0) {
                break;
            }
            int at = edit[1] % bytes.length;
            switch (edit[0]) {
                case 0 -> bytes[at] = (byte) edit[2];
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) edit[2];
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    @Property(tries = 2000)
    void mutatedFilesReadOrFailWithOneClearMessage(@ForAll("mutatedNotes") byte[] bytes) {
        try {
            Notes notes = new NotesReader().read(bytes);
            assertThat(notes.version()).isPositive();
        } catch (NotesException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property(tries = 120)
    void anyNotesExportToEveryFormat(@ForAll("notes") Notes notes) {
        int last = notes.rounds().size() - 1;
        Letter letter = COMPOSER.compose(notes, last, LocalDate.of(2026, 11, 27));
        assertThat(EmailText.of(letter)).startsWith("Subject: ");
        byte[] eml = new EmailDraft().write(letter, notes.candidate().name(), notes.candidate().email(),
                "%PDF".getBytes(), "brev.pdf").eml();
        assertThat(new String(eml, java.nio.charset.StandardCharsets.US_ASCII)).contains("X-Unsent: 1");
        assertThat(new String(new Reminders().write(letter.reminders()), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR");
    }

    @Provide
    Arbitrary<Notes> notes() {
        return NotesArbitraries.notes();
    }
}
