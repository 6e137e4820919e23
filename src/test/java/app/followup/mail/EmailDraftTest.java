package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Language;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The .eml read back by Jakarta Mail, as a mail program would. */
class EmailDraftTest {
    private static final byte[] PDF = "%PDF-1.7 test".getBytes();

    private static Letter letter(String subject, List<Recipient> to, List<Recipient> cc) {
        return new Letter(Language.NB, subject, List.of(new Block.Paragraph(List.of("Hei Ola,")),
                new Block.Paragraph(List.of("Årsakene er særlig:")), new Block.ItemList(List.of("én"), false)),
                List.of(), List.of(), "", "Kari", to, cc, false, List.of());
    }

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    private static List<String> emails(Address[] addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    @Test
    void aReadyDraftWithRecipientsSubjectTextAndThePdf() throws Exception {
        EmailDraft.Result result = new EmailDraft().write(letter("Oppfølging etter intervjuet – KAM-rollen",
                List.of(new Recipient("Ola Hansen", "ola.hansen@nordlys.example")),
                List.of(new Recipient("Eva Berg", "eva.berg@nordlys.example"),
                        new Recipient("Per Li", "per.li@rekrutt.example"))),
                "Kari Nordmann", "kari@example.no", PDF, "Oppfølgingsbrev.pdf");
        MimeMessage message = parse(result.eml());
        assertThat(message.getHeader("X-Unsent")).containsExactly("1");
        assertThat(message.getSubject()).isEqualTo("Oppfølging etter intervjuet – KAM-rollen");
        assertThat(new String(result.eml(), "US-ASCII")).as("non-ASCII subject encoded").contains("Subject: =?UTF-8?");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Kari Nordmann");
        assertThat(emails(message.getRecipients(Message.RecipientType.TO))).containsExactly("ola.hansen@nordlys.example");
        assertThat(emails(message.getRecipients(Message.RecipientType.CC)))
                .containsExactly("eva.berg@nordlys.example", "per.li@rekrutt.example");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .startsWith("Hei Ola,\n\nÅrsakene er særlig:\n- én");
        Part pdf = parts.getBodyPart(1);
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getFileName()).isEqualTo("Oppfølgingsbrev.pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(result.leftOut()).isEmpty();
    }

    @Test
    void hostileNamesSubjectsAndAddressesCannotAddHeadersOrRecipients() throws Exception {
        EmailDraft.Result result = new EmailDraft().write(letter("Takk\r\nBcc: evil@attacker.example\r\nX-Evil: 1",
                List.of(new Recipient("Ola\r\nBcc: evil@attacker.example", "ola@nordlys.example"),
                        new Recipient("Hansen, Ola <x@y.example>", "ola2@nordlys.example")),
                List.of(new Recipient("Eva", "eva@nordlys.example\r\nBcc: evil@attacker.example"),
                        new Recipient("Per", "per@rekrutt.example, evil@attacker.example"),
                        new Recipient("Lise", "not an address"))),
                "Kari\nX-Injected: yes", "kari@example.no", PDF, "brev\r\nX-File: 1.pdf");
        MimeMessage message = parse(result.eml());
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X-Evil")).isNull();
        assertThat(message.getHeader("X-Injected")).isNull();
        assertThat(message.getHeader("X-File")).isNull();
        assertThat(emails(message.getAllRecipients())).containsExactly("ola@nordlys.example", "ola2@nordlys.example")
                .doesNotContain("evil@attacker.example");
        assertThat(message.getSubject()).isEqualTo("Takk Bcc: evil@attacker.example X-Evil: 1");
        assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[1]).getPersonal())
                .isEqualTo("Hansen, Ola <x@y.example>");
        assertThat(result.leftOut()).hasSize(3).contains("not an address");
    }
}
