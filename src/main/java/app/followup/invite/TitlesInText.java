package app.followup.invite;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's title, and the organisation a signature names, as the text of an invitation gives them after the
 * person's name: "Rachel O'Neill (Head of Sales)", a signature "Tom Fletcher, Senior Consultant, PeopleFirst
 * Search", "Helen Marsh – Sales Director"; or before it, as Norwegian writes a title in a sentence: "salgsdirektør
 * Hans Petter Lunde", "administrerende direktør Ingrid Aas". Nothing is guessed from a name alone.
 */
final class TitlesInText {
    /** What a title looks like: up to six words, starting with a letter, no address, digits or brackets. */
    private static final Pattern TITLE = Pattern.compile("\\p{L}[\\p{L} &/'’.-]{1,59}");
    /** The header lines a mail program copies: their commas separate people, not a name from a title. */
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?im)^\\s*(to|cc|bcc|from|til|kopi|blindkopi|fra|subject|emne|date|dato|sent|sendt)\\s*:.*$");
    /** The last word of a Norwegian title written before the name. */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?<!\\p{L})(\\p{Ll}*(direktør|sjef|leder|ansvarlig|rådgiver|konsulent|partner|manager|sekretær))\\s*$");
    /** A word that goes with such a title: "administrerende direktør", "daglig leder". */
    private static final Pattern TITLE_WORD_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{Ll}+ende|daglig|senior|teknisk)\\s*$");

    /** What the text says about one person; empty strings when it says nothing. */
    record Found(String title, String organisation) {
        static final Found NOTHING = new Found("", "");
    }

    private TitlesInText() {
    }

    /**
     * @param others the other people's names: "To: James Whitaker, Rachel O'Neill" is two people, not a title
     */
    static Found about(String name, String text, Collection<String> others) {
        if (name.isBlank() || text == null || text.isBlank()) {
            return Found.NOTHING;
        }
        String body = HEADER_LINE.matcher(text).replaceAll("");
        String who = namePattern(name);
        Matcher bracketed = Pattern.compile(who + "\\s*\\(([^()@\\n]{2,60})\\)").matcher(body);
        if (bracketed.find() && isTitle(bracketed.group(1), others)) {
            return new Found(bracketed.group(1).strip(), "");
        }
        // a signature or a line of its own: the name, then the title and perhaps the organisation, to the line's end
        Matcher signed = Pattern.compile("(?m)" + who + "[ \\t]*(,|[ \\t][–—-])[ \\t]*([^,\\n()<>@]{2,60})"
                + "(?:,[ \\t]*([^,\\n()<>@]{2,60}))?[ \\t]*\\.?[ \\t]*$").matcher(body);
        if (signed.find() && isTitle(signed.group(2), others)) {
            String organisation = signed.group(3) == null || !isTitle(signed.group(3), others) ? ""
                    : signed.group(3).strip();
            return new Found(signed.group(2).strip(), organisation);
        }
        return titleBefore(who, body).map(t -> new Found(t, "")).orElse(Found.NOTHING);
    }

    private static Optional<String> titleBefore(String who, String body) {
        Matcher named = Pattern.compile(who).matcher(body);
        while (named.find()) {
            String before = body.substring(Math.max(0, named.start() - 80), named.start());
            Matcher last = TITLE_BEFORE.matcher(before);
            if (last.find()) {
                String title = last.group(1);
                Matcher word = TITLE_WORD_BEFORE.matcher(before.substring(0, last.start()));
                return Optional.of(word.find() ? word.group(1) + " " + title : title);
            }
        }
        return Optional.empty();
    }

    private static boolean isTitle(String candidate, Collection<String> others) {
        String title = candidate.strip();
        if (!TITLE.matcher(title).matches() || title.split("\\s+").length > 6) {
            return false;
        }
        String folded = title.toLowerCase(Locale.ROOT);
        return others.stream().noneMatch(o -> !o.isBlank() && folded.contains(o.toLowerCase(Locale.ROOT)));
    }

    /** The name as the text may write it: any run of spaces or a line break between words, either apostrophe. */
    private static String namePattern(String name) {
        StringBuilder pattern = new StringBuilder("(?<![\\p{L}])");
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            pattern.append(i == 0 ? "" : "\\s+");
            pattern.append(Pattern.quote(words[i]).replaceAll("['’]", "\\\\E['’]\\\\Q"));
        }
        return pattern.append("(?![\\p{L}])").toString();
    }
}
