package app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.advice.Advice;
import app.followup.advice.Advisor;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.mail.EmailAddresses;
import app.followup.mail.EmailDraft;
import app.followup.mail.EmailText;
import app.followup.mail.MailtoUri;
import app.followup.mail.Recipients;
import app.followup.mail.Reminders;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesReader;
import biweekly.Biweekly;
import biweekly.component.VEvent;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing: broken bytes either read or fail with the one clear error type; any notes export everywhere without
 * an exception. The slowest properties run a sample in every {@code mvn test} and at full size in the heavy run
 * ({@code mvn test -Pheavy}), which CI runs after the normal suite.
 */
class FuzzTest {
    private static final List<byte[]> SEEDS = Samples.all().stream().map(FuzzTest::bytes).toList();
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample with a few bytes flipped, inserted, deleted or the file cut short. */
    @Provide
    Arbitrary<byte[]> mutatedNotes() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
                .as((kind, where, value) -> new int[] {kind, where, value}).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(seed, edits).as(FuzzTest::mutate);
    }

    private static byte[] mutate(byte[] seed, List<int[]> edits) {
        byte[] bytes = seed.clone();
        for (int[] edit : edits) {
            if (bytes.length == 0) {
                break;
            }
            int at = edit[1] % bytes.length;
            switch (edit[0]) {
                case 0 -> bytes[at] = (byte) edit[2];
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) edit[2];
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    @Property(tries = 2000)
    void mutatedFilesReadOrFailWithOneClearMessage(@ForAll("mutatedNotes") byte[] bytes) {
        try {
            Notes notes = new NotesReader().read(bytes);
            assertThat(notes.version()).isPositive();
        } catch (NotesException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property(tries = 120)
    void anyNotesExportToEveryFormat(@ForAll("notes") Notes notes) {
        int last = notes.rounds().size() - 1;
        Letter letter = COMPOSER.compose(notes, last, LocalDate.of(2026, 11, 27));
        assertThat(EmailText.of(letter)).startsWith("Subject: ");
        byte[] eml = new EmailDraft().write(letter, notes.candidate().name(), notes.candidate().email(),
                "%PDF".getBytes(), "brev.pdf").eml();
        assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("X-Unsent: 1");
        assertThat(new String(new Reminders().write(letter.reminders()), StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR");
    }

    /**
     * Issue 12, class 6: hostile names, addresses and subjects (see {@link NotesArbitraries#name}) through every
     * output, each read back with a strict parser. Every output names exactly the recipients the one address rule
     * lets through; no header line passes 998 characters; no decoded header holds a line break; no calendar line
     * passes 75 octets; check reports every address left out.
     */
    @Property(tries = 30)
    void hostileNamesAddressesAndSubjectsReadBackStrictly(@ForAll("notes") Notes notes) throws Exception {
        readBackStrictly(notes);
    }

    /** The same at full size: five times as many notes. */
    @Heavy
    @Property(tries = 150)
    void hostileNamesAddressesAndSubjectsReadBackStrictlyAtFullSize(@ForAll("notes") Notes notes) throws Exception {
        readBackStrictly(notes);
    }

    private static void readBackStrictly(Notes notes) throws Exception {
        int last = notes.rounds().size() - 1;
        Letter letter = COMPOSER.compose(notes, last, LocalDate.of(2026, 11, 27));
        Recipients recipients = Recipients.of(letter);
        List<String> to = recipients.to().stream().map(Recipient::email).toList();
        List<String> cc = recipients.cc().stream().map(Recipient::email).toList();
        assertThat(to).allMatch(EmailAddresses::isValid);
        assertThat(cc).allMatch(EmailAddresses::isValid);

        String text = EmailText.of(letter);
        String[] lines = text.split("\n", 4);
        assertThat(lines[0]).startsWith("Subject: ").doesNotContain("=?");
        assertThat(addresses(lines[1].substring("To:".length()))).isEqualTo(to);
        assertThat(addresses(lines[2].substring("Cc:".length()))).isEqualTo(cc);

        byte[] eml = new EmailDraft().write(letter, notes.candidate().name(), notes.candidate().email(),
                "%PDF".getBytes(), "brev.pdf").eml();
        String raw = new String(eml, StandardCharsets.US_ASCII);
        assertThat(raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        assertThat(strict(message, "To")).isEqualTo(to);
        assertThat(strict(message, "Cc")).isEqualTo(cc);
        assertThat(message.getHeader("Bcc")).isNull();
        for (String header : List.of("Subject", "From", "To", "Cc")) {
            String value = message.getHeader(header, ",");
            if (value != null) {
                assertThat(MimeUtility.decodeText(MimeUtility.unfold(value))).as(header)
                        .doesNotContain("\r").doesNotContain("\n");
            }
        }
        if (message.getFrom() != null) {
            assertThat(message.getFrom()).singleElement()
                    .satisfies(from -> assertThat(EmailAddresses.isValid(((InternetAddress) from).getAddress())).isTrue());
        }

        URI mailto = URI.create(MailtoUri.of(letter));
        String path = mailto.getRawSchemeSpecificPart().split("\\?", 2)[0];
        assertThat(path.isEmpty() ? List.of() : Arrays.stream(path.split(","))
                .map(a -> URLDecoder.decode(a, StandardCharsets.UTF_8)).toList()).isEqualTo(to);

        String ics = new String(new Reminders().write(letter.reminders()), StandardCharsets.UTF_8);
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        List<VEvent> events = Biweekly.parse(ics).first().getEvents();
        assertThat(events).hasSameSizeAs(letter.reminders());
        assertThat(events.stream().map(e -> e.getUid().getValue())).doesNotHaveDuplicates();

        List<String> reported = new Advisor(Language.EN).check(notes, last, LocalDate.of(2026, 11, 27), letter)
                .stream().filter(a -> a.code().key().equals("invalid-email")).map(Advice::detail).toList();
        assertThat(reported).containsAll(letter.to().stream().map(Recipient::email)
                .filter(e -> !EmailAddresses.isValid(e)).toList());
    }

    /** The addresses of a To or Cc line, read as strictly as Jakarta Mail can; empty for an empty line. */
    private static List<String> addresses(String line) throws Exception {
        if (line.isBlank()) {
            return List.of();
        }
        return Arrays.stream(InternetAddress.parseHeader(line.strip(), true)).map(a -> {
            assertThat(a.isGroup()).isFalse();
            return a.getAddress();
        }).toList();
    }

    private static List<String> strict(MimeMessage message, String header) throws Exception {
        String value = message.getHeader(header, ",");
        return value == null ? List.of() : addresses(MimeUtility.unfold(value));
    }

    @Provide
    Arbitrary<Notes> notes() {
        return NotesArbitraries.notes();
    }
}
