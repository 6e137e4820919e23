package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
 * draft to send. Names and subjects are cleaned to one line and encoded; an address that is not valid is left out
 * (and reported), so no user text can add a header or a recipient.
 */
public final class EmailDraft {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** The message, and the addresses that were left out as invalid. */
    public record Result(byte[] eml, List<String> leftOut) {
    }

    public Result write(Letter letter, String fromName, String fromEmail, byte[] pdf, String pdfName) {
        List<String> leftOut = new ArrayList<>();
        try {
            MimeMessage message = new MimeMessage(SESSION);
            InternetAddress from = address(fromName, fromEmail, leftOut);
            if (from != null) {
                message.setFrom(from);
            }
            message.setRecipients(Message.RecipientType.TO, addresses(letter.to(), leftOut));
            message.setRecipients(Message.RecipientType.CC, addresses(letter.cc(), leftOut));
            message.setSubject(Headers.oneLine(letter.subject()), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("X-Unsent", "1");

            MimeBodyPart text = new MimeBodyPart();
            text.setText(letter.bodyText() + "\n", StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            attachment.setFileName(Headers.oneLine(pdfName));
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(text, attachment));
            message.saveChanges();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new Result(out.toByteArray(), leftOut);
        } catch (MessagingException e) {
            throw new IllegalStateException("the email draft could not be written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InternetAddress[] addresses(List<Recipient> recipients, List<String> leftOut) {
        List<InternetAddress> valid = new ArrayList<>();
        for (Recipient recipient : recipients) {
            InternetAddress address = address(recipient.name(), recipient.email(), leftOut);
            if (address != null) {
                valid.add(address);
            }
        }
        return valid.toArray(new InternetAddress[0]);
    }

    private static InternetAddress address(String name, String email, List<String> leftOut) {
        String cleanEmail = Headers.oneLine(email);
        if (!EmailAddresses.isValid(cleanEmail)) {
            if (!cleanEmail.isEmpty()) {
                leftOut.add(cleanEmail);
            }
            return null;
        }
        try {
            String cleanName = Headers.oneLine(name);
            return new InternetAddress(cleanEmail, cleanName.isEmpty() ? null : cleanName,
                    StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
