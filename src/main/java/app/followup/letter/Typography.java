package app.followup.letter;

import app.followup.model.Language;
import java.util.regex.Pattern;

/**
 * The letter's punctuation as a printed letter has it, whatever the keyboard gave the notes: Norwegian quotes
 * «…», English quotes “…”, a typographic apostrophe inside a word (don’t, Mary Kate’s) and an en dash for a hyphen
 * with spaces round it ("pipeline - someone" → "pipeline – someone"). A straight double quote is changed only in
 * pairs on one line, so a stray one (an inch mark, a typo) is left as typed. Note-taker's shorthand goes too: a
 * plus between words is "og"/"and", "m/"/"w/" is "med"/"with".
 */
final class Typography {
    private static final Pattern PAIRED_QUOTES = Pattern.compile("\"([^\"\\n]+)\"");
    private static final Pattern ENGLISH_CURLY = Pattern.compile("“([^”\\n]+)”");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    /** "customers' usage": a plural's apostrophe, safe only on a line where no single quote opens a quotation. */
    private static final Pattern PLURAL_APOSTROPHE = Pattern.compile("(?<=\\p{L}s)'(?=[\\s.,;:!?]|$)",
            Pattern.MULTILINE);
    private static final Pattern OPENING_SINGLE_QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}])'(?=\\p{L})");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}).,%»”]) - (?=[\\p{L}\\p{N}(«“])");

    /** "terminals + online ordering": a plus between words is the word "and". */
    private static final Pattern PLUS = Pattern.compile("(?<=[\\p{L}\\p{N})]) \\+ (?=[\\p{L}\\p{N}(])");

    private Typography() {
    }

    static String of(String text, Language language) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (language == Language.NB) {
            out = PAIRED_QUOTES.matcher(out).replaceAll("«$1»");
            out = ENGLISH_CURLY.matcher(out).replaceAll("«$1»");
        } else {
            out = PAIRED_QUOTES.matcher(out).replaceAll("“$1”");
        }
        out = APOSTROPHE.matcher(out).replaceAll("’");
        StringBuilder lines = new StringBuilder(out.length());
        for (String line : out.split("\n", -1)) {
            boolean quotes = OPENING_SINGLE_QUOTE.matcher(line).find();
            lines.append(quotes ? line : PLURAL_APOSTROPHE.matcher(line).replaceAll("’")).append('\n');
        }
        out = lines.substring(0, lines.length() - 1);
        out = SPACED_HYPHEN.matcher(out).replaceAll(" – ");
        LetterWords words = new LetterWords(language);
        out = PLUS.matcher(out).replaceAll(" " + words.get("and") + " ");
        // "interview w/ Olu": the note-taker's shorthand for "with"
        return out.replaceAll("(?<=\\s)" + Pattern.quote(words.get("shorthand.with")) + "\\s?(?=\\p{L})",
                words.get("with") + " ");
    }
}
