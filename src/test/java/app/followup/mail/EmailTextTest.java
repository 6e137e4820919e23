package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Language;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailTextTest {
    private static Letter letter(String subject, List<Recipient> to, List<Recipient> cc) {
        return new Letter(Language.NB, subject, List.of(new Block.Paragraph(List.of("Hei Ola,")),
                new Block.Paragraph(List.of("Årsaker:")), new Block.ItemList(List.of("én & to"), false),
                new Block.Paragraph(List.of("Hilsen", "Kari"))), List.of(), List.of(), "", "Kari", to, cc, false, List.of());
    }

    @Test
    void hasSubjectToCcABlankLineAndTheBody() {
        String text = EmailText.of(letter("Takk for samtalen",
                List.of(new Recipient("Ola Hansen", "ola@x.example")),
                List.of(new Recipient("Eva Berg", "eva@x.example"), new Recipient(null, "per@y.example"))));
        assertThat(text).isEqualTo("Subject: Takk for samtalen\nTo: Ola Hansen <ola@x.example>\n"
                + "Cc: Eva Berg <eva@x.example>, per@y.example\n\nHei Ola,\n\nÅrsaker:\n- én & to\n\nHilsen\nKari\n");
    }

    @Test
    void anEmptyCcLineIsKeptAndNamesThatWouldConfuseAMailProgramAreQuoted() {
        String text = EmailText.of(letter("Hei\r\nBcc: evil@x.example",
                List.of(new Recipient("Hansen, Ola \"Sjefen\"", "ola@x.example")), List.of()));
        assertThat(text).startsWith("Subject: Hei Bcc: evil@x.example\nTo: \"Hansen, Ola \\\"Sjefen\\\"\" <ola@x.example>\n"
                + "Cc:\n\n");
    }

    @Test
    void mailtoCarriesRecipientsSubjectAndBodyEncodedAsRfc6068Asks() throws Exception {
        String uri = MailtoUri.of(letter("Takk – æøå & mer?",
                List.of(new Recipient("Ola", "ola@x.example"), new Recipient("Lise", "lise+hr@x.example")),
                List.of(new Recipient("Eva", "eva@x.example"))));
        assertThat(uri).startsWith("mailto:ola@x.example,lise%2Bhr@x.example?cc=eva@x.example&subject=");
        assertThat(uri).doesNotContain(" ").doesNotContain("\n").contains("%0D%0A");
        URI parsed = URI.create(uri);
        assertThat(parsed.getScheme()).isEqualTo("mailto");
        String query = uri.substring(uri.indexOf('?') + 1);
        String subject = query.split("&")[1].substring("subject=".length());
        assertThat(URLDecoder.decode(subject, StandardCharsets.UTF_8)).isEqualTo("Takk – æøå & mer?");
        String body = query.split("&")[2].substring("body=".length());
        assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8)).startsWith("Hei Ola,\r\n\r\nÅrsaker:\r\n- én & to");
    }
}
