package app.followup.letter;

import app.followup.model.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The letter's punctuation as a printed letter has it, whatever the keyboard gave the notes: Norwegian quotes
 * «…», English quotes “…” (or ‘…’ where the writer typed single ones, see {@link SingleQuotes}), a typographic
 * apostrophe inside a word (don’t, Mary Kate’s) and an en dash for a hyphen
 * with spaces round it ("pipeline - someone" → "pipeline – someone"). A straight double quote is changed only in
 * pairs on one line, so a stray one (an inch mark, a typo) is left as typed. Note-taker's shorthand goes too: a
 * plus between words is "og"/"and", "m/"/"w/" is "med"/"with", and the abbreviations of {@link NoteShorthand}.
 * Bokmål figures follow Språkrådet ({@link NorwegianNumbers}).
 */
final class Typography {
    private static final Pattern PAIRED_QUOTES = Pattern.compile("\"([^\"\\n]+)\"");
    private static final Pattern ENGLISH_CURLY = Pattern.compile("“([^”\\n]+)”");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    /** "customers' usage": a plural's apostrophe, safe only on a line where no single quote is left open. */
    private static final Pattern PLURAL_APOSTROPHE = Pattern.compile("(?<=\\p{L}s)'(?=[\\s.,;:!?]|$)",
            Pattern.MULTILINE);
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}).,%»”]) - (?=[\\p{L}\\p{N}(«“])");

    /** "terminals + online ordering": a plus between words is the word "and". */
    private static final Pattern PLUS = Pattern.compile("(?<=[\\p{L}\\p{N})]) \\+ (?=[\\p{L}\\p{N}(])");

    private static final Map<Language, Pattern> SHORTHAND_WITH = new EnumMap<>(Language.class);
    private static final NorwegianNumbers NORWEGIAN_NUMBERS = new NorwegianNumbers(new LetterWords(Language.NB));

    static {
        for (Language language : Language.values()) {
            SHORTHAND_WITH.put(language, Pattern.compile("(?<=\\s)"
                    + Pattern.quote(new LetterWords(language).get("shorthand.with")) + "\\s?(?=\\p{L})"));
        }
    }

    private Typography() {
    }

    static String of(String text, Language language) {
        if (text == null) {
            return null;
        }
        // each rule runs only where its character is: the letter is composed again at every keystroke, and a rule
        // that starts with a look-behind is tried at every position of the whole letter
        String out = text;
        if (out.indexOf('"') >= 0) {
            out = PAIRED_QUOTES.matcher(out).replaceAll(language == Language.NB ? "«$1»" : "“$1”");
        }
        if (language == Language.NB && out.indexOf('“') >= 0) {
            out = ENGLISH_CURLY.matcher(out).replaceAll("«$1»");
        }
        if (SingleQuotes.mayHoldQuotes(out)) {
            out = SingleQuotes.of(language).apply(out);
        }
        if (out.indexOf('\'') >= 0) {
            out = apostrophes(out);
        }
        if (out.contains(" - ")) {
            out = SPACED_HYPHEN.matcher(out).replaceAll(" – ");
        }
        LetterWords words = new LetterWords(language);
        if (out.contains(" + ")) {
            out = PLUS.matcher(out).replaceAll(" " + words.get("and") + " ");
        }
        // "interview w/ Olu": the note-taker's shorthand for "with"
        String with = words.get("shorthand.with");
        if (out.contains(with)) {
            out = SHORTHAND_WITH.get(language).matcher(out).replaceAll(words.get("with") + " ");
        }
        out = NoteShorthand.of(out, language);
        // "under 20%", "2022-2025", "i styret 17.12": figures as bokmål prose sets them
        return language == Language.NB ? NORWEGIAN_NUMBERS.apply(out) : out;
    }

    private static String apostrophes(String text) {
        String out = APOSTROPHE.matcher(text).replaceAll("’");
        StringBuilder lines = new StringBuilder(out.length());
        for (String line : out.split("\n", -1)) {
            boolean quotes = SingleQuotes.opensWithoutClosing(line);
            lines.append(quotes ? line : PLURAL_APOSTROPHE.matcher(line).replaceAll("’")).append('\n');
        }
        return lines.substring(0, lines.length() - 1);
    }
}
