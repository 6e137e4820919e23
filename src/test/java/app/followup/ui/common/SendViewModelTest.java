package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Candidate;
import app.followup.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending an email from the window: what the user is told, in every case, and the .eml written. */
class SendViewModelTest {
    @TempDir
    Path folder;
    private final Letter letter = new Letter(Language.NB, "Veien videre – KAM",
            List.of(new Block.Paragraph(List.of("Hei Ola,")), new Block.Paragraph(List.of("Jeg ringer deg fredag."))),
            List.of(), List.of(), "", "Kari", List.of(new Recipient("Ola Hansen", "ola@nordlys.example")),
            List.of(), true, List.of());

    private SendViewModel send(RecordingPlatform platform, Path draft) {
        return new SendViewModel(() -> letter, () -> new Candidate("Kari Nordmann", "kari@example.no", null, List.of(), null),
                name -> Optional.ofNullable(draft), platform.opener(), new BackgroundRunner.Immediate(),
                new I18n(I18n.ENGLISH));
    }

    @Test
    void aMailProgramThatOpensIsToldWithWhatToDoNext() {
        RecordingPlatform platform = RecordingPlatform.opensEverything();
        SendViewModel send = send(platform, null);
        send.openInOutlook();
        assertThat(platform.opened).singleElement().asString().startsWith("https://outlook.office.com/");
        assertThat(send.messageProperty().get()).startsWith("Opened in Outlook on the web")
                .as("names the letter page's button, Mark as sent").endsWith("mark the letter as sent.");
        assertThat(send.problemProperty().get()).isFalse();
    }

    /** A tester was asked to mark as sent a letter already marked, and never told that the PDF was not attached. */
    @Test
    void aLetterMarkedSentWithASavedPdfIsToldToAttachItAndNotToMarkItAgain() throws Exception {
        Path pdf = Files.writeString(folder.resolve("Veien-videre-KAM.pdf"), "%PDF");
        for (I18n i18n : List.of(new I18n(I18n.ENGLISH), new I18n(I18n.NORWEGIAN))) {
            SendViewModel send = new SendViewModel(() -> letter, () -> Candidate.EMPTY, name -> Optional.empty(),
                    RecordingPlatform.opensEverything().opener(), new BackgroundRunner.Immediate(), i18n);
            send.knowLetter(() -> true, () -> pdf);
            send.openInMailProgram();
            String said = send.messageProperty().get();
            assertThat(said).contains("Veien-videre-KAM.pdf").contains(folder.getFileName().toString())
                    .containsAnyOf("attach Veien-videre-KAM.pdf", "legg ved Veien-videre-KAM.pdf")
                    .containsAnyOf("already marked as sent", "allerede merket som sendt")
                    .doesNotContain("come back").doesNotContain("kom så tilbake");
            send.openInGmail();
            assertThat(send.messageProperty().get()).containsAnyOf("no attachment", "ikke vedlegg");
        }
    }

    @Test
    void withoutASavedPdfTheUserIsToldToSaveItToAttachAndTheLetterIsToBeMarkedSent() {
        SendViewModel send = send(RecordingPlatform.opensEverything(), null);
        send.knowLetter(() -> false, () -> folder.resolve("deleted-since.pdf"));
        send.openInGmail();
        assertThat(send.messageProperty().get()).contains("save the PDF (Save PDF…) and attach it")
                .doesNotContain("deleted-since").endsWith("mark the letter as sent.");
    }

    /** A tester without a default browser could not get the Gmail email out: the link is offered to copy. */
    @Test
    void aWebmailLinkNoBrowserOpenedIsOfferedToCopyWithEverythingInIt() {
        SendViewModel send = send(RecordingPlatform.opensNothing(), null);
        send.openInMailProgram();
        assertThat(send.unopenedLinkProperty().get()).as("a mailto link pasted in a browser opens nothing").isEmpty();

        send.openInGmail();
        assertThat(send.messageProperty().get()).startsWith("No web browser is set up to open Gmail.")
                .contains("Copy the link");
        assertThat(send.unopenedLinkProperty().get()).startsWith("https://mail.google.com/")
                .contains("to=ola@nordlys.example").contains("su=Veien");
        send.linkCopied();
        // both testers at 01:35: nothing reminded them that a link carries no attachment
        assertThat(send.messageProperty().get()).startsWith("The link is on the clipboard")
                .contains("The email has no attachment");
        assertThat(send.problemProperty().get()).isFalse();
        assertThat(send.unopenedLinkProperty().get()).as("still there to copy again").isNotEmpty();

        send.copied("subject");
        assertThat(send.unopenedLinkProperty().get()).as("gone with the next action").isEmpty();
    }

    @Test
    void whenNothingOpensTheMailTheUserIsToldWhatElseToDo() {
        SendViewModel send = send(RecordingPlatform.opensNothing(), null);
        send.openInMailProgram();
        // the opener's exit code is jargon to the user: the message says what to do instead
        assertThat(send.messageProperty().get()).startsWith("No mail program is set up to open the email.")
                .contains(".eml").doesNotContain("xdg-open").doesNotContain("error");
        assertThat(send.problemProperty().get()).isTrue();
    }

    @Test
    void theDraftIsAPlainEmailWithoutAttachmentToTheAddressee() throws Exception {
        Path draft = folder.resolve("nudge.eml");
        SendViewModel send = send(RecordingPlatform.opensEverything(), draft);
        send.saveDraft();
        String eml = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(eml).contains("To: Ola Hansen <ola@nordlys.example>").contains("X-Unsent: 1")
                .contains("Content-Type: text/plain; charset=UTF-8").doesNotContain("multipart");
        assertThat(send.messageProperty().get()).startsWith("Email saved as nudge.eml");
        assertThat(send.recipients()).isEqualTo("Ola Hansen <ola@nordlys.example>");
        assertThat(send.copies()).isEmpty();
    }
}
