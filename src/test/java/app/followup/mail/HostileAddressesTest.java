package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Language;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, class 6: one strict address rule for every output; encoded-word lookalikes; long header lines. */
class HostileAddressesTest {
    private static final String LOOKALIKE = "=?utf-8?q?Ola=0D=0ABcc:_spy@evil.example?=";

    static Letter letter(String subject, List<Recipient> to, List<Recipient> cc) {
        return new Letter(Language.NB, subject, List.of(new Block.Paragraph(List.of("Hei Ola,"))), List.of(),
                List.of(), "", "Kari", to, cc, false, List.of());
    }

    static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"team: ola@x.example, spy@evil.example;", "ola@x.example, spy@evil.example",
        "ola@x.example;spy@evil.example", "Ola <ola@x.example>", "\"ola spy\"@x.example", "ola@x.example (spy)",
        "ola@[127.0.0.1]", "@x.example:ola@x.example", "ola@x", "ola@x.example.", "ola@x..example", "ola x@x.example",
        "ola@x.example\u0000", "ola\u200b@x.example", "", "ola", "øyvind@firma.no", "ola@blåbær.no"})
    void onlyASinglePlainAddressIsAnAddress(String text) {
        assertThat(EmailAddresses.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ola@x.example", "lise+hr@x.example", "o.hansen@mail.x.example", "ola@xn--blbr-roae.no",
        " ola@x.example ", "o'neil_{x}~#&*=?^`|@x-y.example"})
    void plainAddressesAre(String text) {
        assertThat(EmailAddresses.isValid(text)).isTrue();
    }

    @Test
    void anInvalidAddressIsLeftOutOfEveryOutputAlike() throws Exception {
        Letter letter = letter("Takk", List.of(new Recipient("Ola", "ola@x.example"),
                new Recipient("Team", "team: a@evil.example, b@evil.example;")),
                List.of(new Recipient("Per", "per@x.example, spy@evil.example")));
        String text = EmailText.of(letter);
        assertThat(text).contains("To: Ola <ola@x.example>\nCc:\n").doesNotContain("evil");
        String mailto = URLDecoder.decode(MailtoUri.of(letter), StandardCharsets.UTF_8);
        assertThat(mailto).startsWith("mailto:ola@x.example?subject=").doesNotContain("evil");
        EmailDraft.Result draft = new EmailDraft().write(letter, "Kari", "kari@y.example", new byte[0], "a.pdf");
        MimeMessage message = parse(draft.eml());
        assertThat(InternetAddress.toString(message.getAllRecipients())).isEqualTo("Ola <ola@x.example>");
        assertThat(draft.leftOut()).containsExactly("team: a@evil.example, b@evil.example;",
                "per@x.example, spy@evil.example");
        assertThat(Recipients.of(letter).leftOut()).isEqualTo(draft.leftOut());
    }

    @Test
    void encodedWordLookalikesInNamesAndSubjectsStayText() throws Exception {
        Letter letter = letter("Takk " + LOOKALIKE, List.of(new Recipient(LOOKALIKE, "ola@x.example")), List.of());
        MimeMessage message = parse(new EmailDraft().write(letter, LOOKALIKE, "kari@y.example", new byte[0], "a.pdf")
                .eml());
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(message.getSubject()).doesNotContain("\n").doesNotContain("\r").contains("Bcc:");
        for (String header : List.of("To", "From", "Subject")) {
            String decoded = MimeUtility.decodeText(MimeUtility.unfold(message.getHeader(header, ",")));
            assertThat(decoded).as(header).doesNotContain("\n").doesNotContain("\r").contains("= ?utf-8?q?");
        }
        assertThat(EmailText.of(letter)).contains("Subject: Takk = ?utf-8?q?").contains("\"= ?utf-8?q?");
        assertThat(URLDecoder.decode(MailtoUri.of(letter), StandardCharsets.UTF_8)).contains("subject=Takk = ?utf-8");
    }

    @Test
    void everyHeaderLineStaysUnder998Characters() throws Exception {
        String word = "Langt".repeat(400);
        String words = "ord ".repeat(700).strip();
        String norwegian = "Ærlig-".repeat(400);
        Letter letter = letter(word + " " + words, List.of(new Recipient(word, "ola@x.example"),
                new Recipient(words, "eva@x.example"), new Recipient(norwegian, "per@x.example")),
                List.of(new Recipient(word + "x", "kim@x.example")));
        byte[] eml = new EmailDraft().write(letter, norwegian, "kari@y.example", new byte[0],
                "a".repeat(200) + ".pdf").eml();
        String raw = new String(eml, StandardCharsets.US_ASCII);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(Arrays.stream(headers.split("\r\n")).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(998);
        MimeMessage message = parse(eml);
        assertThat(message.getSubject()).isEqualTo(word + " " + words);
        InternetAddress[] to = (InternetAddress[]) message.getRecipients(Message.RecipientType.TO);
        assertThat(Arrays.stream(to).map(InternetAddress::getPersonal)).containsExactly(word, words, norwegian);
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo(norwegian);
        for (Enumeration<String> lines = message.getAllHeaderLines(); lines.hasMoreElements(); ) {
            String line = lines.nextElement();
            assertThat(Arrays.stream(line.split("\r\n")).mapToInt(String::length).max().orElseThrow()).as(line)
                    .isLessThanOrEqualTo(998);
        }
    }
}
