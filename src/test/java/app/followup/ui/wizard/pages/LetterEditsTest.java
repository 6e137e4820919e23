package app.followup.ui.wizard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterChanges;
import app.followup.letter.LetterComposer;
import app.followup.notes.NotesReader;
import app.followup.notes.NotesWriter;
import app.followup.ui.Document;
import app.followup.ui.FakeDialogs;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import app.followup.ui.common.UserStore;
import app.followup.userfiles.TemplateLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 3: an edited letter that no longer follows the notes, exports out of date, a sent letter. */
class LetterEditsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final Document document = new Document();
    private final I18n i18n = new I18n(I18n.NORWEGIAN);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> status = new ArrayList<>();
    private final RecordingPlatform platform = RecordingPlatform.opensEverything();
    private final LetterPageViewModel letter = new LetterPageViewModel(document,
            new LetterComposer(new TemplateLibrary(null)), dialogs, new BackgroundRunner.Immediate(), () -> TODAY,
            i18n, status::add, platform.opener(), new UserStore.InMemory());
    private final NextStepPageViewModel nextStep = new NextStepPageViewModel(document, dialogs, () -> TODAY);
    private final ChallengePageViewModel challenge = new ChallengePageViewModel(document);

    /** The page's date field, bound as the window binds it: it reads every change. */
    private final ObjectProperty<LocalDate> nextStepDate = new SimpleObjectProperty<>();

    LetterEditsTest() {
        nextStepDate.bindBidirectional(nextStep.date);
    }

    private void openSample() {
        document.opened(Samples.load(Samples.NORDLYS), Samples.NORDLYS, TODAY);
    }

    private static String pieces(List<LetterChanges.Line> lines, LetterChanges.Kind kind) {
        return lines.stream().flatMap(line -> line.pieces().stream()).filter(p -> p.kind() == kind)
                .map(LetterChanges.Piece::text).collect(Collectors.joining("|"));
    }

    @Test
    void aChangedDateAfterAnEditIsShownWordByWordAndCanBeKept() {
        openSample();
        assertThat(letter.body.get()).contains("1.\u00a0desember");
        nextStepDate.set(LocalDate.of(2026, 12, 2));
        assertThat(letter.notesChanges().get()).as("the letter follows the notes: nothing to say").isEmpty();
        assertThat(letter.body.get()).contains("2.\u00a0desember");

        letter.body.set(letter.body.get().replace("Hei Ola,", "Kjære Ola,"));
        assertThat(letter.notesChanges().get()).as("the edit alone changes nothing in the notes").isEmpty();
        nextStepDate.set(LocalDate.of(2026, 12, 9));
        List<LetterChanges.Line> changes = letter.notesChanges().get();
        assertThat(changes).as("one line: the next step's").hasSize(1);
        assertThat(pieces(changes, LetterChanges.Kind.REMOVED)).contains("2.\u00a0desember");
        assertThat(pieces(changes, LetterChanges.Kind.ADDED)).contains("9.\u00a0desember");
        assertThat(pieces(changes, LetterChanges.Kind.KEPT)).contains("Jeg ringer deg");
        assertThat(letter.body.get()).as("the edit stays until the user chooses").startsWith("Kjære Ola,")
                .contains("2.\u00a0desember");

        letter.keepMyLetter();
        assertThat(letter.notesChanges().get()).isEmpty();
        assertThat(letter.body.get()).startsWith("Kjære Ola,").contains("2.\u00a0desember");
        challenge.challenge.set("Ingen eier partnerkanalen");
        assertThat(letter.notesChanges().get()).as("shown from the letter kept, not from the first edit")
                .hasSize(1);
        assertThat(pieces(letter.notesChanges().get(), LetterChanges.Kind.ADDED)).contains("Ingen");
        assertThat(pieces(letter.notesChanges().get(), LetterChanges.Kind.REMOVED)).doesNotContain("2.\u00a0desember");
    }

    @Test
    void writingItAgainFromTheNotesThrowsTheEditAwayAndCanBeUndone() {
        openSample();
        letter.body.set(letter.body.get().replace("Hei Ola,", "Kjære Ola,"));
        nextStepDate.set(LocalDate.of(2026, 12, 9));
        assertThat(letter.notesChanges().get()).isNotEmpty();

        letter.writeAgainFromNotes();
        assertThat(dialogs.asked).as("the user has just seen what changes: no question").isEmpty();
        assertThat(letter.body.get()).startsWith("Hei Ola,").contains("9.\u00a0desember");
        assertThat(document.round().letter()).isNull();
        assertThat(letter.notesChanges().get()).isEmpty();

        letter.undoBackToGenerated();
        assertThat(letter.body.get()).startsWith("Kjære Ola,").contains("1.\u00a0desember");
        assertThat(letter.notesChanges().get()).as("undone: the edit is the user's choice again, from now on")
                .isEmpty();
    }

    @Test
    void aFileOpenedWithAnEditComparesWithTheNotesAsOpened(@TempDir Path folder) throws Exception {
        openSample();
        letter.body.set(letter.body.get().replace("Hei Ola,", "Kjære Ola,"));
        Path saved = folder.resolve("nordlys.followup.json");
        Files.write(saved, new NotesWriter().write(document.notes()));
        document.opened(new NotesReader().read(Files.readAllBytes(saved)), saved, TODAY);
        assertThat(letter.editedBinding().get()).isTrue();
        assertThat(letter.notesChanges().get()).isEmpty();
        nextStepDate.set(LocalDate.of(2026, 12, 9));
        assertThat(pieces(letter.notesChanges().get(), LetterChanges.Kind.ADDED)).contains("9.\u00a0desember");
    }

    /** As the deadline texts write a date: this year's without its year, another year's with it. */
    @Test
    void aLetterSentInAnotherYearSaysWhichYear() {
        openSample();
        letter.sent().markSent();
        document.updateRound(r -> r.withLetter(r.letter().withSentOn(LocalDate.of(2025, 12, 30))));
        assertThat(letter.sent().sentText().get()).startsWith("Sendt 30.\u00a0desember 2025.");
    }

    @Test
    void aSentLetterIsReadOnlyAndKeepsItsTextUntilTheUserChoosesToEdit() {
        openSample();
        letter.sent().markSent();
        String sent = letter.body.get();
        assertThat(letter.sent().readOnly().get()).isTrue();
        assertThat(letter.sent().sentText().get()).isEqualTo("Sendt 26.\u00a0november. Dette er brevet slik det ble sendt.");
        assertThat(document.round().letter().body()).as("the letter as sent, kept with the round").isEqualTo(sent);

        nextStepDate.set(LocalDate.of(2026, 12, 9));
        assertThat(letter.body.get()).as("notes written after sending do not change the sent letter")
                .isEqualTo(sent);
        assertThat(letter.notesChanges().get()).as("a sent letter is left alone").isEmpty();
        letter.backToGenerated();
        assertThat(dialogs.asked).as("not offered on a sent letter").isEmpty();
        letter.replaceAvoidedWords();
        assertThat(status).containsExactly(
                "Merket som sendt, men ikke lagret ennå: lagre søknaden (Ctrl+S), ellers vises den ikke som sendt i «Søknadene dine».",
                "Brevet er merket som sendt. Trykk «Rediger likevel» først hvis du vil endre det.");

        letter.sent().editAnyway();
        assertThat(letter.sent().readOnly().get()).isFalse();
        assertThat(letter.sent().sentText().get()).isEqualTo("Sendt 26.\u00a0november");
        assertThat(pieces(letter.notesChanges().get(), LetterChanges.Kind.ADDED))
                .as("editing it, the user sees what the notes say now").contains("9.\u00a0desember");
        letter.body.set(sent.replace("Hei Ola,", "Kjære Ola,"));
        assertThat(document.round().letter().sentOn()).isEqualTo(TODAY);

        document.opened(document.notes(), Samples.NORDLYS, TODAY);
        assertThat(letter.sent().readOnly().get()).as("opened again: read-only again").isTrue();
    }

    @Test
    void unmarkingSentMakesItEditableAndFollowingTheNotesWhenTheyStillWriteIt() {
        openSample();
        letter.sent().markSent();
        letter.sent().unmarkSent();
        assertThat(letter.sent().readOnly().get()).isFalse();
        assertThat(document.round().letter()).as("the same letter as the notes write: following them again").isNull();

        letter.sent().markSent();
        nextStepDate.set(LocalDate.of(2026, 12, 9));
        letter.sent().unmarkSent();
        assertThat(letter.body.get()).as("sent as it was, kept as the user's letter").contains("1.\u00a0desember");
        assertThat(pieces(letter.notesChanges().get(), LetterChanges.Kind.ADDED)).contains("9.\u00a0desember");
    }

    @Test
    void aSavedPdfAndDraftAreOutOfDateOnceTheLetterChangesAndCanBeSavedAgain(@TempDir Path folder)
            throws Exception {
        openSample();
        Path pdf = folder.resolve("brev.pdf");
        Path eml = folder.resolve("brev.eml");
        letter.exports().savePdf(pdf);
        letter.exports().saveEmailDraft(eml);
        assertThat(letter.outOfDate().text().get()).isEmpty();
        byte[] before = Files.readAllBytes(pdf);

        letter.body.set(letter.body.get().replace("Hei Ola,", "Kjære Ola,"));
        assertThat(letter.outOfDate().text().get()).matches(
                "PDF-en du lagret kl\\. \\d\\d:\\d\\d \\(brev\\.pdf\\) er utdatert: brevet er endret siden\\.\n"
                + "E-postutkastet du lagret kl\\. \\d\\d:\\d\\d \\(brev\\.eml\\) er utdatert: brevet er endret siden\\.");
        assertThat(Files.readString(eml)).doesNotContain("Kj=C3=A6re").doesNotContain("Kjære");

        letter.outOfDate().saveAgain();
        assertThat(letter.outOfDate().text().get()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).isNotEqualTo(before);
        assertThat(Files.readString(eml)).containsAnyOf("Kj=C3=A6re Ola", "Kjære Ola");

        letter.body.set(letter.body.get().replace("Kjære Ola,", "Hei Ola,"));
        assertThat(letter.outOfDate().text().get()).startsWith("PDF-en du lagret");
        platform.opened.clear();
        letter.outOfDate().showPdfInFolder();
        assertThat(letter.outOfDate().text().get()).as("a PDF about to be attached is brought up to date first")
                .doesNotContain("PDF-en");
        assertThat(platform.opened).containsExactly(folder.toUri().toString());
    }

    /**
     * "…28-Nov / ember.pdf": a file name longer than the notice's line was broken mid-word. It is shortened in the
     * middle instead, short enough for one line, and the full path is in the tooltip.
     */
    @Test
    void aLongFileNameIsShortenedInTheMiddleWithTheFullPathBeside(@TempDir Path folder) {
        openSample();
        Path pdf = folder.resolve("Nordlys-Energi-Oppfolging-etter-intervjuet-28-November.pdf");
        letter.exports().savePdf(pdf);
        letter.body.set(letter.body.get().replace("Hei Ola,", "Kjære Ola,"));
        assertThat(letter.outOfDate().text().get()).contains("(Nordlys-Energi-O…28-November.pdf)")
                .doesNotContain("intervjuet");
        assertThat(letter.outOfDate().paths().get()).isEqualTo(pdf.toAbsolutePath().toString());
    }

    @Test
    void markingTheLetterSentLeavesTheFilesSavedFromItUpToDate(@TempDir Path folder) {
        openSample();
        letter.exports().savePdf(folder.resolve("brev.pdf"));
        letter.exports().saveEmailDraft(folder.resolve("brev.eml"));
        letter.exports().saveReminders(folder.resolve("brev.ics"));
        letter.sent().markSent();
        assertThat(letter.outOfDate().text().get()).as("the same letter, now kept as sent").isEmpty();
    }

    @Test
    void lettersForEachParticipantAreOutOfDateAsAFolder(@TempDir Path folder) {
        openSample();
        letter.exports().saveOnePerParticipant(folder);
        assertThat(letter.outOfDate().text().get()).isEmpty();
        challenge.challenge.set("Ingen eier partnerkanalen");
        assertThat(letter.outOfDate().text().get()).matches("Brevene til hver deltaker som du lagret kl\\. \\d\\d:\\d\\d "
                + "\\(i mappen " + folder.getFileName() + "\\), er utdatert: brevet er endret siden\\.");
        letter.outOfDate().saveAgain();
        assertThat(letter.outOfDate().text().get()).isEmpty();
        document.opened(Samples.load(Samples.VESTLAND), Samples.VESTLAND, TODAY);
        assertThat(letter.outOfDate().list().get()).as("another file: another letter's files").isEmpty();
    }
}
