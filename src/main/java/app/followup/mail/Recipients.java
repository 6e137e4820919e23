package app.followup.mail;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import java.util.ArrayList;
import java.util.List;

/**
 * The letter's recipients as every output sends them: only those with a valid address
 * ({@link EmailAddresses}), the address stripped of surrounding space; the rest are left out and listed, so that
 * the email text, the .eml, the mailto: link and the command line's warning all agree.
 */
public record Recipients(List<Recipient> to, List<Recipient> cc, List<String> leftOut) {

    public static Recipients of(Letter letter) {
        List<String> leftOut = new ArrayList<>();
        return new Recipients(valid(letter.to(), leftOut), valid(letter.cc(), leftOut), List.copyOf(leftOut));
    }

    static List<Recipient> valid(List<Recipient> recipients, List<String> leftOut) {
        List<Recipient> valid = new ArrayList<>();
        for (Recipient recipient : recipients) {
            if (EmailAddresses.isValid(recipient.email())) {
                valid.add(new Recipient(recipient.name(), recipient.email().strip()));
            } else if (recipient.email() != null && !Headers.oneLine(recipient.email()).isEmpty()) {
                leftOut.add(Headers.oneLine(recipient.email()));
            }
        }
        return valid;
    }
}
