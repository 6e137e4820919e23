package app.followup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.followup.Samples;
import app.followup.export.LetterExport.Kind;
import app.followup.export.LetterExport.Output;
import app.followup.export.LetterExport.Plan;
import app.followup.export.LetterExport.Targets;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one export path both front ends take: each output, its warnings as values, and the set written whole. */
class LetterExportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));
    private final LetterExport export = new LetterExport(composer);

    private Notes nordlys(String... replacements) throws Exception {
        String json = Files.readString(Samples.NORDLYS);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).as("the sample still holds what the test changes").contains(replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        return Samples.load(Files.writeString(folder.resolve("notes-" + replacements.length + ".followup.json"), json));
    }

    private Letter letterOf(Notes notes) {
        return composer.compose(notes, notes.rounds().size() - 1, DAY);
    }

    private static Output output(Plan plan, Kind kind) {
        return plan.outputs().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }

    private static String attachmentName(byte[] eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        return ((MimeMultipart) message.getContent()).getBodyPart(1).getFileName();
    }

    @Test
    void eachOutputHoldsWhatItsFileShouldAndNothingIsWrittenUntilAsked() throws Exception {
        Notes notes = nordlys();
        Letter letter = letterOf(notes);
        Targets targets = new Targets(folder.resolve("a.txt"), folder.resolve("a.pdf"), folder.resolve("a.eml"),
                folder.resolve("a.ics"));
        Plan plan = export.plan(letter, notes.candidate(), targets);

        assertThat(plan.outputs()).extracting(Output::kind)
                .containsExactly(Kind.TEXT, Kind.PDF, Kind.EMAIL_DRAFT, Kind.REMINDERS);
        assertThat(plan.warnings()).isEmpty();
        assertThat(folder.resolve("a.txt")).doesNotExist();
        assertThat(new String(output(plan, Kind.TEXT).content(), StandardCharsets.UTF_8))
                .isEqualTo(EmailText.of(letter)).isEqualTo(Samples.resource("golden/nb-sponsor.txt"));
        try (var pdf = Loader.loadPDF(output(plan, Kind.PDF).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Hei Ola,");
        }
        assertThat(new String(output(plan, Kind.EMAIL_DRAFT).content(), StandardCharsets.US_ASCII))
                .contains("X-Unsent: 1").contains("To: Ola Hansen <ola.hansen@nordlys.example>")
                .contains("From: Kari Nordmann <kari.nordmann@example.no>");
        assertThat(attachmentName(output(plan, Kind.EMAIL_DRAFT).content()))
                .as("the attachment is named as the PDF saved beside it").isEqualTo("a.pdf");
        assertThat(new String(output(plan, Kind.REMINDERS).content(), StandardCharsets.UTF_8))
                .contains("BEGIN:VEVENT");

        plan.writeAll(List.of(Samples.NORDLYS), o -> o.kind().name());
        assertThat(Files.readAllBytes(folder.resolve("a.pdf"))).isEqualTo(output(plan, Kind.PDF).content());
        assertThat(Files.readString(folder.resolve("a.txt"))).isEqualTo(EmailText.of(letter));
    }

    @Test
    void aDraftWithoutItsPdfAttachesItUnderTheSubjectsName() throws Exception {
        Notes notes = nordlys();
        Plan plan = export.plan(letterOf(notes), notes.candidate(), Targets.emailDraft(folder.resolve("d.eml")));
        assertThat(plan.outputs()).extracting(Output::kind).containsExactly(Kind.EMAIL_DRAFT);
        assertThat(attachmentName(plan.outputs().get(0).content()))
                .isEqualTo("Oppsummering-etter-samtalen-26-november-Key-Account-Manager.pdf");
    }

    @Test
    void invalidAddressesAndMissingGlyphsAreWarningsNotFailures() throws Exception {
        Notes notes = nordlys("eva.berg@nordlys.example", "eva.berg at nordlys",
                "kari.nordmann@example.no", "kari hjemme",
                "Partnerkanalen vokser ikke i takt med markedet.", "Partnerkanalen vokser ikke 漢字.");
        Letter letter = letterOf(notes);

        assertThat(export.plan(letter, notes.candidate(), new Targets(null, null, null, null)).warnings())
                .as("with no file, the email text alone").containsExactly(
                        new ExportWarning.RecipientsLeftOut(List.of("eva.berg at nordlys")));
        Plan plan = export.plan(letter, notes.candidate(), new Targets(null, folder.resolve("a.pdf"),
                folder.resolve("a.eml"), null));
        assertThat(plan.warnings()).containsExactly(
                new ExportWarning.RecipientsLeftOut(List.of("eva.berg at nordlys")),
                new ExportWarning.GlyphsMissing(List.of("U+5B57 字", "U+6F22 漢")),
                new ExportWarning.SenderLeftOut(List.of("kari hjemme")));
        assertThat(new String(output(plan, Kind.EMAIL_DRAFT).content(), StandardCharsets.US_ASCII))
                .doesNotContain("eva.berg").doesNotContain("From:");
    }

    @Test
    void oneLetterPerParticipantGreetsEachAloneAndWarnsOnceForThemAll() throws Exception {
        Notes notes = nordlys("Partnerkanalen vokser ikke i takt med markedet.", "Partnerkanalen vokser ikke 漢.",
                "per.li@rekrutt.example", "per.li@");
        Plan plan = export.onePerParticipant(notes, 0, DAY, folder);
        String base = "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - ";
        assertThat(plan.outputs()).extracting(o -> o.target().getFileName().toString()).containsExactly(
                base + "Ola Hansen.pdf", base + "Ola Hansen.eml", base + "Eva Berg.pdf", base + "Eva Berg.eml",
                base + "Per Li.pdf", base + "Per Li.eml");
        assertThat(new String(plan.outputs().get(3).content(), StandardCharsets.US_ASCII))
                .contains("To: Eva Berg <eva.berg@nordlys.example>").doesNotContain("Cc:");
        assertThat(attachmentName(plan.outputs().get(3).content())).isEqualTo(base + "Eva Berg.pdf");
        assertThat(plan.warnings()).as("three PDFs, one warning of each kind").containsExactly(
                new ExportWarning.RecipientsLeftOut(List.of("per.li@")),
                new ExportWarning.GlyphsMissing(List.of("U+6F22 漢")));
    }

    @Test
    void aTargetThatCannotBeWrittenStopsTheWholeSet() throws Exception {
        Notes notes = nordlys();
        Path text = folder.resolve("a.txt");
        Plan plan = export.plan(letterOf(notes), notes.candidate(), new Targets(text, null, null, Samples.NORDLYS));
        assertThatThrownBy(() -> plan.writeAll(List.of(Samples.NORDLYS), o -> "--" + o.kind()))
                .isInstanceOf(ExportException.class).hasMessage("--REMINDERS: would overwrite the notes file itself");
        assertThat(text).as("the text was fine, but not written alone").doesNotExist();
    }
}
