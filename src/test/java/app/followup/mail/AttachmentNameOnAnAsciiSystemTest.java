package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Language;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .eml written on a system without a UTF-8 locale (Java's charset then ASCII, as on a tester's machine whose
 * nb_NO.UTF-8 locale was missing): the mail program must still show the attachment as "…møtet….pdf", not "m?tet".
 * The draft is written by a second JVM started with that charset, since Jakarta Mail reads it once per JVM.
 */
class AttachmentNameOnAnAsciiSystemTest {
    static final String NAME = "Oppsummering-etter-møtet-28-november-en-plan-frem-mot-en-beslutning.pdf";

    @Test
    void aMailProgramShowsTheAttachmentNameWithItsNorwegianLetters(@TempDir Path dir) throws Exception {
        Path eml = dir.resolve("draft.eml");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.jnu.encoding=ANSI_X3.4-1968",
                "-cp", System.getProperty("java.class.path"), WriteDraft.class.getName(), eml.toString())
                .redirectErrorStream(true).start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as(output).isZero();

        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Part pdf = ((Multipart) message.getContent()).getBodyPart(1);
            assertThat(pdf.getFileName()).isEqualTo(NAME);
            assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(pdf.getContentType()).startsWith("application/pdf");
        }
        assertThat(Files.readString(eml, StandardCharsets.ISO_8859_1)).doesNotContain("ANSI_X3.4-1968")
                .contains("filename*=UTF-8''Oppsummering-etter-m%C3%B8tet");
    }

    /** Writes the draft in the JVM with the ASCII charset. */
    public static final class WriteDraft {
        public static void main(String[] args) throws Exception {
            Letter letter = new Letter(Language.NB, "Oppsummering etter møtet",
                    List.of(new Block.Paragraph(List.of("Hei Ola,"))), List.of(), List.of(), "", "Kari",
                    List.of(new Recipient("Ola Hansen", "ola.hansen@nordlys.example")), List.of(), false, List.of());
            byte[] eml = new EmailDraft().write(letter, "Kari Nordmann", "kari@example.no",
                    "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII), NAME).eml();
            Files.write(Path.of(args[0]), eml);
        }
    }
}
