package app.followup.letter;

import app.followup.model.Language;
import java.util.Locale;
import java.util.Set;

/**
 * Single quotes typed as quotation marks ("eierne har sagt at 2027 er 'siste sjanse'"), told apart from the
 * apostrophes that share the key. A quotation is a pair on one line: an opening quote after a space or the start of
 * the line, before a letter, and the nearest closing quote after a letter or a full stop, before a space or
 * punctuation. Anything else stays an apostrophe: inside a word (don't, Ola's), before a figure ('90s), around a
 * single letter (rock 'n' roll), or opening a word that drops its first letters ('til, 'em).
 */
final class SingleQuotes {
    /** English words a straight quote opens because letters were dropped, not because a quotation starts. */
    private static final Set<String> ENGLISH_ELIDED = Set.of("til", "em", "cause", "cos", "tis", "twas", "bout");

    private static final SingleQuotes NORWEGIAN = new SingleQuotes("«", "»", "‘", "’", '«', '»', Set.of());
    private static final SingleQuotes ENGLISH = new SingleQuotes("‘", "’", "‘", "’", '“', '”', ENGLISH_ELIDED);

    private final String open;
    private final String close;
    /** Marks for a quotation inside a double-quoted one the letter already has ({@code outerOpen} …). */
    private final String innerOpen;
    private final String innerClose;
    private final char outerOpen;
    private final char outerClose;
    private final Set<String> elided;

    private SingleQuotes(String open, String close, String innerOpen, String innerClose, char outerOpen,
                         char outerClose, Set<String> elided) {
        this.open = open;
        this.close = close;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
        this.outerOpen = outerOpen;
        this.outerClose = outerClose;
        this.elided = elided;
    }

    /**
     * Norwegian quotes with «…», and one inside another with ‘…’ (Språkrådet's inner marks). English keeps the
     * single marks the writer chose, as ‘…’: the British convention (New Hart's Rules) has single quotes first and
     * double quotes inside them, and inside the “…” the letter makes of a double-quoted note, ‘…’ is the inner mark.
     */
    static SingleQuotes of(Language language) {
        return language == Language.NB ? NORWEGIAN : ENGLISH;
    }

    /** True when the text holds a mark this may turn: a straight single quote or a curly opening one. */
    static boolean mayHoldQuotes(String text) {
        return text.indexOf('\'') >= 0 || text.indexOf('‘') >= 0;
    }

    /** Every quotation on every line with its printed marks; apostrophes and lone quotes as typed. */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append(c);
                lineStart = i + 1;
                depth = 0;
                continue;
            }
            if (c == outerOpen) {
                depth++;
            } else if (c == outerClose && depth > 0) {
                depth--;
            }
            int end = isOpening(text, i, lineStart) ? closingAfter(text, i) : -1;
            if (end < 0 || isElision(text.substring(i + 1, end))) {
                out.append(c);
                continue;
            }
            boolean inner = depth > 0;
            out.append(inner ? innerOpen : open).append(text, i + 1, end).append(inner ? innerClose : close);
            i = end;
        }
        return out.toString();
    }

    /** True when a line has an opening single quote that no closing one ends: its plural apostrophes are unsure. */
    static boolean opensWithoutClosing(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isOpening(line, i, 0) && closingAfter(line, i) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpening(String text, int i, int lineStart) {
        char c = text.charAt(i);
        if (c != '\'' && c != '‘') {
            return false;
        }
        boolean afterWord = i > lineStart && Character.isLetterOrDigit(text.charAt(i - 1));
        return !afterWord && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    /** The nearest closing quote on the line, or -1. */
    private static int closingAfter(String text, int opening) {
        for (int j = opening + 2; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c != '\'' && c != '’') {
                continue;
            }
            char before = text.charAt(j - 1);
            boolean endsWords = Character.isLetterOrDigit(before) || ".!?…".indexOf(before) >= 0;
            boolean beforeWord = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
            if (endsWords && !beforeWord) {
                return j;
            }
        }
        return -1;
    }

    /** 'n' in rock 'n' roll, 'til in "'til the buyers' offer": a dropped letter, not a quotation. */
    private boolean isElision(String quoted) {
        String firstWord = quoted.split("[\\s’'.,]", 2)[0].toLowerCase(Locale.ROOT);
        return firstWord.length() < 2 || elided.contains(firstWord);
    }
}
