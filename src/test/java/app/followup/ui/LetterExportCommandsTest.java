package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letter page's exports as the user starts them, without the toolkit: the view-model asks where (the test
 * answers), writes through the shared export service, and says in the status line what was saved and what the
 * command line would have warned about.
 */
public class LetterExportCommandsTest {
    /** The letter's own name: its subject, as the attachment and the letters to each participant are named. */
    private static final String BASE = "Oppsummering-etter-samtalen-26-november-Key-Account-Manager";
    /** What the save dialogs suggest: the employer in front, so that two applications do not suggest one name. */
    private static final String SUGGESTED = "Nordlys-Software-" + BASE;

    @TempDir
    Path folder;
    final FakeDialogs dialogs = new FakeDialogs();
    final MainViewModel main = TestWindow.english().dialogs(dialogs).today(LocalDate.of(2026, 11, 26)).build();

    private LetterPageViewModel open(String... replacements) throws Exception {
        String json = Files.readString(Samples.NORDLYS);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).as("the sample still holds what the test changes").contains(replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        main.open(Files.writeString(folder.resolve("nordlys.followup.json"), json));
        return main.wizard().page(LetterPageViewModel.class);
    }

    private List<String> files() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachExportAsksForAFileNamedAfterTheLetterAndSaysWhatItSaved() throws Exception {
        LetterPageViewModel letter = open();
        dialogs.pdfToSave = folder.resolve("letter.pdf");
        dialogs.emlToSave = folder.resolve("letter.eml");
        dialogs.icsToSave = folder.resolve("letter.ics");
        letter.exports().savePdf();
        assertThat(main.statusProperty().get()).isEqualTo("PDF saved: letter.pdf");
        letter.exports().saveEmailDraft();
        letter.exports().saveReminders();
        assertThat(dialogs.asked).containsExactly("pdf:" + SUGGESTED + ".pdf", "eml:" + SUGGESTED + ".eml",
                "ics:" + SUGGESTED + ".ics");
        assertThat(files()).containsExactly("letter.eml", "letter.ics", "letter.pdf", "nordlys.followup.json");
        assertThat(main.statusProperty().get())
                .isEqualTo("One reminder saved: letter.ics. Open the file to add it to your calendar.");
    }

    @Test
    void aCancelledChoiceWritesNothing() throws Exception {
        LetterPageViewModel letter = open();
        String before = main.statusProperty().get();
        letter.exports().savePdf();
        letter.exports().saveReminders();
        assertThat(files()).containsExactly("nordlys.followup.json");
        assertThat(main.statusProperty().get()).isEqualTo(before);
    }

    @Test
    void onePerParticipantAsksForAFolderForPdfAndDraftAlike() throws Exception {
        LetterPageViewModel letter = open();
        letter.exports().onePerParticipant.set(true);
        Path out = Files.createDirectory(folder.resolve("out"));
        dialogs.folder = out;
        letter.exports().saveEmailDraft();
        letter.exports().savePdf();
        assertThat(dialogs.asked).containsExactly("folder", "folder");
        try (var written = Files.list(out)) {
            assertThat(written).hasSize(6);
        }
        assertThat(main.statusProperty().get()).isEqualTo("3 letters saved as PDF and email draft in out.");
    }

    @Test
    void theWindowReportsTheSameWarningsAsTheCommandLine() throws Exception {
        LetterPageViewModel letter = open("eva.berg@nordlys.example", "eva.berg at nordlys",
                "Partnerkanalen vokser ikke i takt med markedet.", "Partnerkanalen vokser ikke 漢.");
        dialogs.pdfToSave = folder.resolve("letter.pdf");
        letter.exports().savePdf();
        assertThat(main.statusProperty().get()).isEqualTo("PDF saved: letter.pdf – "
                + "Left out of the email, not valid addresses: eva.berg at nordlys. "
                + "Some characters are in neither PDF font and show as a replacement mark: U+6F22 漢.");
        main.i18n().localeProperty().set(I18n.NORWEGIAN);
        letter.exports().savePdf();
        assertThat(main.statusProperty().get()).startsWith("PDF lagret: letter.pdf – Utelatt fra e-posten");
    }

    @Test
    void oneFileThatCannotBeWrittenStopsTheWholeSetOfLetters() throws Exception {
        LetterPageViewModel letter = open();
        Path out = Files.createDirectory(folder.resolve("out"));
        Path locked = Files.writeString(out.resolve(BASE + " - Per Li.eml"), "mine");
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        letter.exports().saveOnePerParticipant(out);
        try (var written = Files.list(out)) {
            assertThat(written).as("no letter written, none half-written").containsExactly(locked);
        }
        assertThat(Files.readString(locked)).isEqualTo("mine");
        String said = "The file could not be saved: " + BASE + " - Per Li.eml: is read-only; it was not replaced";
        assertThat(main.statusProperty().get()).isEqualTo(said);
        assertThat(letter.send().messageProperty().get()).as("the send area says it too").isEqualTo(said);
        assertThat(letter.send().problemProperty().get()).isTrue();
        assertThat(dialogs.errors).as("and an error dialog, as for a notes file").containsExactly(said);
    }

    /**
     * A Norwegian tester's "Save PDF…" with the suggested name "…-møtet-…" did nothing at all: the system could not
     * hold "ø" in a file name, and the dialog's answer threw. Every name suggested is now plain ASCII.
     */
    @Test
    void everySuggestedNameIsPlainAsciiThatStillReadsAsTheWords() throws Exception {
        LetterPageViewModel letter = open("Nordlys Software AS", "Brødrene Østgård Å/S",
                "\"name\": \"Per Li\"", "\"name\": \"Pål Ærø-Lindé\"");
        letter.exports().savePdf();
        letter.exports().saveEmailDraft();
        letter.exports().saveReminders();
        main.saveAs();
        String base = "Brodrene-Ostgard-A-S-" + BASE;
        assertThat(dialogs.asked).containsExactly("pdf:" + base + ".pdf", "eml:" + base + ".eml",
                "ics:" + base + ".ics", "save:brodrene-ostgard-a-s-key-account-manager.followup.json");
        letter.exports().onePerParticipant.set(true);
        Path out = Files.createDirectory(folder.resolve("out"));
        letter.exports().saveOnePerParticipant(out);
        try (var written = Files.list(out)) {
            assertThat(written.map(f -> f.getFileName().toString())).contains(BASE + " - Pal Aero-Linde.pdf",
                    BASE + " - Pal Aero-Linde.eml").allMatch(name -> name.matches("\\p{ASCII}+"));
        }
    }

    /** A name the system cannot hold (typed by the user, or from an older version) is said, in both languages. */
    @Test
    void aNameTheSystemCannotHoldIsToldInTheWindowNotOnlyInTheLog() throws Exception {
        LetterPageViewModel letter = open();
        dialogs.unusable = folder.resolve("Oppsummering-etter-møtet.pdf").toString();
        letter.exports().savePdf();
        String said = "Nothing was saved: this computer cannot use “Oppsummering-etter-møtet.pdf” as a file name."
                + " Save again, and give the file a name with only the letters a–z, digits and hyphens.";
        assertThat(main.statusProperty().get()).isEqualTo(said);
        assertThat(letter.send().messageProperty().get()).isEqualTo(said);
        assertThat(dialogs.errors).containsExactly(said);

        main.i18n().localeProperty().set(I18n.NORWEGIAN);
        // as a tester's system read the name: the two bytes of "ø" it could not decode, one "?" in what is said
        dialogs.unusable = folder + "/Oppsummering-etter-m\uFFFD\uFFFDtet.eml";
        letter.send().saveDraft();
        assertThat(main.statusProperty().get()).startsWith(
                "Ingenting ble lagret: denne maskinen kan ikke bruke «Oppsummering-etter-m?tet.eml» som filnavn.");
        assertThat(letter.send().problemProperty().get()).isTrue();
        main.saveAs();
        assertThat(dialogs.errors).hasSize(3).last().asString().contains("«Oppsummering-etter-m?tet.eml»");
        assertThat(files()).containsExactly("nordlys.followup.json");
    }

    /** No tester found that "Save as .eml…" attaches the PDF, while every message said to attach it by hand. */
    @Test
    void afterOpeningTheEmailTheUserIsToldThatTheEmlCarriesThePdf() throws Exception {
        LetterPageViewModel letter = open();
        letter.send().openInMailProgram();
        assertThat(letter.send().messageProperty().get()).startsWith("Opened in your mail program.")
                .contains("The email has no attachment").endsWith("mark the letter as sent. Easier with Outlook,"
                        + " Thunderbird or Apple Mail: Save as .eml… makes the email with the PDF already attached.");
        main.i18n().localeProperty().set(I18n.NORWEGIAN);
        letter.send().openInGmail();
        assertThat(letter.send().messageProperty().get()).startsWith("Åpnet i Gmail").endsWith(
                "Enklere med Outlook, Thunderbird eller Apple Mail: Lagre som .eml… lager e-posten med PDF-en"
                        + " allerede vedlagt.");
    }

    @Test
    void theSidePanelShowsTheEmailWithItsHeaderLinesInTheWindowsLanguage() throws Exception {
        LetterPageViewModel letter = open();
        assertThat(letter.email().shown().get()).startsWith("Subject: Oppsummering etter samtalen")
                .contains("\nTo: Ola Hansen <ola.hansen@nordlys.example>\nCc: Eva Berg").contains("\n\nHei Ola,");
        main.i18n().localeProperty().set(I18n.NORWEGIAN);
        assertThat(letter.email().shown().get()).startsWith("Emne: Oppsummering etter samtalen");
    }
}
