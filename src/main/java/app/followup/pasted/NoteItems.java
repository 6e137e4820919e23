package app.followup.pasted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A note line cut into the items a list field holds: one per sentence; a line of one sentence cut at its commas
 * (and semicolons) only when every part reads as an item of its own, so that "KAM-ene selger pris, ikke rådgivning"
 * stays one cause while "salg gir fra seg kunden etter signering, ingen oppstartsplan, kundeservice kjenner ikke
 * avtalene" is three.
 */
final class NoteItems {
    /** Where a sentence ends: a full stop, before a capital, a digit or a quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”»]?)\\s+(?=[\\p{Lu}\\d\"“«])");
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»]");
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private final PastedWords words;

    NoteItems(PastedWords words) {
        this.words = words;
    }

    /** The line's items, without quotation marks and a closing full stop. */
    List<String> of(String line) {
        List<String> sentences = sentences(line);
        if (sentences.size() == 1) {
            return partsOf(sentences.get(0));
        }
        List<String> items = new ArrayList<>();
        for (String sentence : sentences) {
            for (String part : SEMICOLON.split(sentence)) {
                add(items, part);
            }
        }
        return items;
    }

    /** One sentence's items: its parts at semicolons, and at commas when each part is an item of its own. */
    List<String> partsOf(String sentence) {
        List<String> items = new ArrayList<>();
        for (String part : SEMICOLON.split(sentence)) {
            String[] commaParts = COMMA.split(part);
            if (allItems(commaParts)) {
                for (String item : commaParts) {
                    add(items, item);
                }
            } else {
                add(items, part);
            }
        }
        return items;
    }

    /** The line's sentences as typed, quotation marks gone. */
    static List<String> sentences(String line) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(unquoted(line).strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** The text's first sentence and the rest as typed (quotes and all), or the text alone when it is one. */
    static String[] firstSentenceAndRest(String text) {
        return SENTENCE_END.split(text.strip(), 2);
    }

    /** A quote's quotation marks go: the letter says the words as the employer's own. */
    static String unquoted(String text) {
        return QUOTES.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }

    /** The text without its closing full stop, the way a list field holds it. */
    static String withoutFullStop(String text) {
        String bare = text.strip();
        while (bare.endsWith(".") || bare.endsWith(";") || bare.endsWith(",")) {
            bare = bare.substring(0, bare.length() - 1).strip();
        }
        return bare;
    }

    /**
     * Whether comma parts are items of their own: two or more, each at least two words, none opening with a word
     * that carries on the part before ("ikke", "so", "and" …).
     */
    private boolean allItems(String[] parts) {
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String[] partWords = part.strip().split("\\s+");
            if (partWords.length < 2 || words.list("continues").contains(partWords[0].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> items, String item) {
        String bare = withoutFullStop(item);
        if (!bare.isEmpty()) {
            items.add(bare);
        }
    }
}
