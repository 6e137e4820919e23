package app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import app.followup.notes.NotesReader;
import app.followup.notes.NotesWriter;
import app.followup.pdf.LetterPdf;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any notes a user could write render to text and PDF without an exception, and survive a save unchanged. */
class NotesPropertiesTest {
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));

    /** A sample for every run; the full run below lays out five times as many. */
    @Property(tries = 30)
    void anyNotesRenderToTextAndPdf(@ForAll("notes") Notes notes) {
        rendersToTextAndPdf(notes);
    }

    @Heavy
    @Property(tries = 150)
    void anyNotesRenderToTextAndPdfAtFullSize(@ForAll("notes") Notes notes) {
        rendersToTextAndPdf(notes);
    }

    private static void rendersToTextAndPdf(Notes notes) {
        for (int round = 0; round < notes.rounds().size(); round++) {
            Letter letter = COMPOSER.compose(notes, round, LocalDate.of(2026, 11, 27));
            assertThat(EmailText.of(letter)).startsWith("Subject: ").doesNotContain("null");
            assertThat(new LetterPdf().render(letter).bytes()).startsWith("%PDF".getBytes());
        }
    }

    @Property(tries = 300)
    void anyNotesRoundTripThroughTheFile(@ForAll("notes") Notes notes) throws Exception {
        byte[] written = new NotesWriter().write(notes);
        assertThat(new NotesReader().read(written)).isEqualTo(notes);
    }

    @Provide
    Arbitrary<Notes> notes() {
        return NotesArbitraries.notes();
    }
}
