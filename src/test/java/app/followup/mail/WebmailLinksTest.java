package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Language;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Gmail and Outlook compose links: what the web page will read back from them. */
class WebmailLinksTest {
    private static final List<Recipient> TWO = List.of(new Recipient("Ola Hansen", "ola@nordlys.example"),
            new Recipient("Lise Moe", "lise+hr@nordlys.example"));
    private static final List<Recipient> COPIED = List.of(new Recipient("Per Li", "per.li@rekrutt.example"),
            new Recipient("Nobody", "not an address"));

    private static Letter letter(List<Recipient> cc) {
        return new Letter(Language.NB, "Veien videre – Key Account Manager, særlig for Ærø & Ås?",
                List.of(new Block.Paragraph(List.of("Hei Ola og Lise,")),
                        new Block.Paragraph(List.of("Jeg ringer dere fredag 4. desember.", "Med vennlig hilsen",
                                "Kari Nordmann"))),
                List.of(), List.of(), "", "Kari Nordmann", TWO, cc, true, List.of());
    }

    /** The query's fields as the page decodes them (a plus sign stays a plus sign: nothing is encoded as one). */
    private static Map<String, String> fields(String link) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], URLDecoder.decode(parts[1].replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void gmailGetsEveryRecipientTheSubjectAndTheTextWithItsLineBreaks() {
        String link = WebmailLinks.gmail(letter(COPIED));
        assertThat(link).startsWith("https://mail.google.com/mail/?view=cm&fs=1&to=");
        assertThat(link).doesNotContain(" ").doesNotContain("\n").doesNotContain("æ").contains("%C3%A6");
        Map<String, String> fields = fields(link);
        assertThat(fields.get("to")).isEqualTo("ola@nordlys.example,lise+hr@nordlys.example");
        assertThat(fields.get("cc")).isEqualTo("per.li@rekrutt.example");
        assertThat(fields.get("su")).isEqualTo("Veien videre – Key Account Manager, særlig for Ærø & Ås?");
        assertThat(fields.get("body")).isEqualTo("Hei Ola og Lise,\n\nJeg ringer dere fredag 4. desember.\n"
                + "Med vennlig hilsen\nKari Nordmann");
    }

    @Test
    void outlookOnTheWebGetsTheSameUnderItsOwnNamesAndNoCcWhenNobodyIsCopied() {
        String link = WebmailLinks.outlook(letter(List.of()));
        assertThat(link).startsWith("https://outlook.office.com/mail/deeplink/compose?to=");
        Map<String, String> fields = fields(link);
        assertThat(fields).containsOnlyKeys("to", "subject", "body");
        assertThat(fields.get("to")).isEqualTo("ola@nordlys.example,lise+hr@nordlys.example");
        assertThat(fields.get("subject")).isEqualTo("Veien videre – Key Account Manager, særlig for Ærø & Ås?");
        assertThat(fields.get("body")).contains("Lise,\n\nJeg ringer").doesNotContain("\r");
    }

    @Test
    void aSubjectCannotSmuggleInAnotherField() {
        Letter sneaky = new Letter(Language.EN, "Hi&bcc=evil@x.example\nBcc: evil@x.example", List.of(), List.of(),
                List.of(), "", "", TWO, List.of(), true, List.of());
        Map<String, String> fields = fields(WebmailLinks.gmail(sneaky));
        assertThat(fields).containsOnlyKeys("view", "fs", "to", "su", "body");
        assertThat(fields.get("su")).isEqualTo("Hi&bcc=evil@x.example Bcc: evil@x.example");
    }
}
