package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The letter as an unsent email (RFC 5322, written by Jakarta Mail): From the candidate, To and Cc as the letter
 * says, the text as UTF-8, the PDF attached, and {@code X-Unsent: 1} so that Outlook and Thunderbird open it as a
 * draft to send. Names and subjects are cleaned to one line, encoded, neutralised where they look like
 * encoded-words, and folded; an address that is not valid ({@link EmailAddresses}) is left out and reported, as
 * from every output, so no user text can add a header or a recipient.
 */
public final class EmailDraft {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** The message, and the addresses that were left out as invalid. */
    public record Result(byte[] eml, List<String> leftOut) {
    }

    /** @param pdf the letter as PDF, attached as {@code pdfName}; null for a message of text alone */
    public Result write(Letter letter, String fromName, String fromEmail, byte[] pdf, String pdfName) {
        Recipients recipients = Recipients.of(letter);
        List<String> leftOut = new ArrayList<>();
        try {
            MimeMessage message = new MimeMessage(SESSION);
            if (EmailAddresses.isValid(fromEmail)) {
                message.setHeader("From", Headers.fold("From", address(fromName, fromEmail.strip()).toString()));
            } else if (!Headers.oneLine(fromEmail).isEmpty()) {
                leftOut.add(Headers.oneLine(fromEmail));
            }
            setAddresses(message, "To", recipients.to());
            setAddresses(message, "Cc", recipients.cc());
            leftOut.addAll(recipients.leftOut());
            String subject = Headers.text(letter.subject());
            if (Headers.hasUnfoldableWord(subject)) {
                message.setHeader("Subject", Headers.fold("Subject", Headers.encodedWords(subject)));
            } else {
                message.setSubject(subject, StandardCharsets.UTF_8.name());
            }
            message.setSentDate(new Date());
            message.setHeader("X-Unsent", "1");

            if (pdf == null) {
                // a short message such as a nudge: the text alone
                message.setText(letter.bodyText() + "\n", StandardCharsets.UTF_8.name(), "plain");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(letter.bodyText() + "\n", StandardCharsets.UTF_8.name(), "plain");
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
                nameAttachment(attachment, Headers.oneLine(pdfName));
                message.setContent(new MimeMultipart(text, attachment));
            }
            message.saveChanges();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new Result(out.toByteArray(), List.copyOf(leftOut));
        } catch (MessagingException e) {
            throw new IllegalStateException("the email draft could not be written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The attachment's name in UTF-8 (RFC 2231), in both headers mail programs read it from. Jakarta Mail's own
     * {@code setFileName} encodes it in the platform's charset: on a system without a UTF-8 locale that was ASCII,
     * and "møtet" reached the mail program as "m?tet".
     */
    private static void nameAttachment(MimeBodyPart attachment, String name) throws MessagingException {
        ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT);
        disposition.setParameterList(utf8("filename", name));
        ContentType type = new ContentType("application", "pdf", utf8("name", name));
        attachment.setHeader("Content-Type", type.toString());
        attachment.setHeader("Content-Disposition", disposition.toString());
    }

    private static ParameterList utf8(String parameter, String value) {
        ParameterList list = new ParameterList();
        list.set(parameter, value, StandardCharsets.UTF_8.name());
        return list;
    }

    /** To or Cc, folded between addresses and inside long names (Jakarta Mail folds only between addresses). */
    private static void setAddresses(MimeMessage message, String header, List<Recipient> recipients)
            throws MessagingException {
        if (recipients.isEmpty()) {
            message.removeHeader(header);
            return;
        }
        List<String> addresses = new ArrayList<>();
        for (Recipient recipient : recipients) {
            addresses.add(address(recipient.name(), recipient.email()).toString());
        }
        message.setHeader(header, Headers.fold(header, String.join(", ", addresses)));
    }

    /** An address whose name is encoded where it must be, and never read as an encoded-word when it is not. */
    private static InternetAddress address(String name, String email) throws AddressException {
        String cleanName = Headers.text(name);
        try {
            if (cleanName.isEmpty()) {
                return new InternetAddress(email, true);
            }
            if (Headers.hasUnfoldableWord(cleanName)) {
                // written as encoded-words so that it can be folded; parsed back, the words stay as written
                return new InternetAddress(Headers.encodedWords(cleanName) + " <" + email + ">", true);
            }
            return new InternetAddress(email, cleanName, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
