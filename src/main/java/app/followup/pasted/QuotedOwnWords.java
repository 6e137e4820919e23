package app.followup.pasted;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote in the notes is the employer speaking ("Someone who turns our top 40 accounts into partners"); the letter
 * says it back to the employer, so the employer's own words in it become the reader's: "our" is "your", "vår"
 * "deres". Words outside quotation marks are the salesperson's and stay.
 */
final class QuotedOwnWords {
    private static final Pattern QUOTE = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");

    private final Map<String, String> toReader = new HashMap<>();

    QuotedOwnWords(PastedWords words) {
        for (String pair : words.list("quoted.own")) {
            String[] both = pair.split(":");
            toReader.put(both[0].strip(), both[1].strip());
        }
    }

    /** The text with each quote's own words said to the reader; the quotation marks stay. */
    String toReader(String text) {
        Matcher quote = QUOTE.matcher(text);
        StringBuilder said = new StringBuilder();
        while (quote.find()) {
            quote.appendReplacement(said, Matcher.quoteReplacement(turned(quote.group())));
        }
        quote.appendTail(said);
        return said.toString();
    }

    private String turned(String quote) {
        Matcher word = WORD.matcher(quote);
        StringBuilder turned = new StringBuilder();
        while (word.find()) {
            String typed = word.group();
            String reader = toReader.get(typed.toLowerCase(Locale.ROOT).replace('’', '\''));
            String replacement = reader == null ? typed
                    : Character.isUpperCase(typed.charAt(0))
                            ? Character.toUpperCase(reader.charAt(0)) + reader.substring(1) : reader;
            word.appendReplacement(turned, Matcher.quoteReplacement(replacement));
        }
        word.appendTail(turned);
        return turned.toString();
    }
}
