package app.followup.letter;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The word a hurried note opens with to tie it to the line before ("so Q1 pipeline is half …", "which means the
 * Series B …", "fordi ingen eier …", "da mister de …"). The letter's own frame already says it ("If nothing
 * changes,", "skyldes det at"), so it goes: left in, it gives "If nothing changes, so …" and "at fordi …". The words
 * are each language's, per slot, in the word lists ({@code glue.cause}, {@code glue.consequence}); a longer one is
 * tried before a shorter one it starts with ("og da" before "og").
 */
final class LeadingGlue {
    private final List<String> causeWords;
    private final List<String> consequenceWords;
    private final List<String> months;
    private final Locale locale;
    private final NoteText text;
    /** The consequence glue words that carry a verb ("which means"), a subset of {@code glue.consequence}. */
    private final List<String> meaningWords;
    /** Words a hurried note uses for "because" ("cos"), and the one the letter writes when the word stays. */
    private final List<String> informalCause;
    private final String formalCause;

    LeadingGlue(LetterWords words, Locale locale, NoteText text) {
        this.text = text;
        this.meaningWords = longestFirst(words.get("glue.consequence.meaning"));
        this.informalCause = words.has("glue.cause.informal") ? longestFirst(words.get("glue.cause.informal"))
                : List.of();
        this.formalCause = words.has("glue.cause.formal") ? words.get("glue.cause.formal") : null;
        this.causeWords = longestFirst(words.get("glue.cause"));
        this.consequenceWords = longestFirst(words.get("glue.consequence"));
        this.months = Arrays.stream(words.get("months").split(",")).map(m -> m.strip().toLowerCase(locale))
                .toList();
        this.locale = locale;
    }

    /**
     * The cause without "because"/"fordi"/"at" before it, or as it is. "Because the ERP changed, OTIF dropped" keeps
     * its word: there it opens a clause whose sentence goes on after the comma, and would leave two clauses spliced.
     */
    String cause(String note) {
        String without = without(note, causeWords);
        if (without == null || !without.contains(", ")
                || !text.isClause(without.substring(without.indexOf(", ") + 2))) {
            // what follows the comma is no clause of its own ("…, all word of mouth"): the word can go
            return without;
        }
        return formal(Texts.clause(note));
    }

    /** "cos the ERP changed, OTIF dropped" keeps its word as a letter writes it: "because". */
    private String formal(String note) {
        String lower = note.toLowerCase(locale);
        for (String word : informalCause) {
            if (lower.startsWith(word + " ")) {
                String formal = Character.isUpperCase(note.charAt(0)) ? Texts.capitalise(formalCause, locale)
                        : formalCause;
                return formal + note.substring(word.length());
            }
        }
        return note;
    }

    /** The consequence without "so"/"which means"/"da"/"noe som betyr at" before it, or as it is. */
    String consequence(String note) {
        return without(note, consequenceWords);
    }

    /**
     * True when the consequence opened with "which means"/"noe som betyr" and what is left is no clause
     * ("redundancies in the healthcare division"): without its verb it would stand verbless after "and".
     */
    boolean meansWithoutClause(String note) {
        String clean = Texts.clause(note);
        String bare = clean == null ? null : without(clean, meaningWords);
        return bare != null && !bare.equals(clean) && text.hasNoVerb(bare);
    }

    /** True when the consequence opened with "which means"/"noe som betyr" and what is left is a clause. */
    boolean meansWithClause(String note) {
        String clean = Texts.clause(note);
        String bare = clean == null ? null : without(clean, meaningWords);
        return bare != null && !bare.equals(clean) && !text.hasNoVerb(bare);
    }

    /** True when the consequence opened with a glue word, whose absence leaves the verb first ("da mister de …"). */
    boolean hadConsequenceGlue(String note) {
        String clean = Texts.clause(note);
        return clean != null && !clean.equals(without(clean, consequenceWords));
    }

    private String without(String note, List<String> glue) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return null;
        }
        String lower = clean.toLowerCase(locale);
        for (String word : glue) {
            // only a whole word followed by more words: "so" in "software" or a note that is only "so" stays
            if (lower.startsWith(word + " ") && lower.length() > word.length() + 1) {
                String rest = clean.substring(word.length() + 1).stripLeading();
                rest = rest.startsWith(",") ? rest.substring(1).stripLeading() : rest;
                return Texts.clause(rest) == null || isTime(rest) ? clean : rest;
            }
        }
        return clean;
    }

    /** "since March, sales …", "siden 2024 har …": the word tells when, not why, and stays. */
    private boolean isTime(String rest) {
        String first = rest.split("[ ,]", 2)[0].toLowerCase(locale);
        return Character.isDigit(first.charAt(0)) || months.contains(first);
    }

    private static List<String> longestFirst(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
