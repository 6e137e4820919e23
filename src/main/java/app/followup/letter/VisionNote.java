package app.followup.letter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hiring vision as the letter says it. A hurried note often opens with who holds the vision ("De ser for seg en
 * salgssjef som …", "They want someone who …"), which "Du så for deg" / "You pictured" already says: that lead-in
 * goes. A vision that starts with what someone said ({@code Richard said "I want …". A KAM who …}, {@code Sara:
 * "jeg vil ut av salget …". En head of sales …}) cannot follow "You pictured": the words said become a sentence of
 * their own, quoted exactly as typed, said by "you" when the speaker is the one addressee; the rest is the vision.
 */
final class VisionNote {
    /** Each language's patterns, compiled once. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final String QUOTE = "(?<quote>\"[^\"]+\"|«[^»]+»|“[^”]+”)";
    private static final String SPEAKER = "(?<speaker>\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2})";

    private final LetterWords words;
    private final Audience audience;
    private final Locale locale;

    VisionNote(LetterWords words, Audience audience, Locale locale) {
        this.words = words;
        this.audience = audience;
        this.locale = locale;
    }

    /**
     * "said": what someone said, as a sentence, or absent; "vision": the rest, without its lead-in, or absent when
     * the note was nothing but what was said.
     */
    Map<String, String> read(String hiringVision) {
        Map<String, String> parts = new HashMap<>();
        String noted = Texts.clause(hiringVision);
        if (noted == null) {
            return parts;
        }
        // the speaker is a name, so only the verb and the rest may be in any case
        Matcher said = pattern("^" + SPEAKER + "(?:\\s+(?iu:" + words.get("vision.said.verbs") + ")\\s*:?|\\s*:)\\s*"
                + QUOTE + "\\s*[.,:;–-]?\\s*(?<rest>.*)$").matcher(noted);
        if (said.matches()) {
            parts.put("said", saidSentence(said.group("speaker"), said.group("quote")));
            noted = Texts.clause(said.group("rest"));
        }
        if (noted != null) {
            parts.put("vision", withoutLeadIn(noted));
        }
        return parts;
    }

    private String saidSentence(String speaker, String quote) {
        var addressee = audience.addresseeNamedIn(speaker);
        String who = speaker;
        if (addressee != null) {
            String you = words.get("you");
            // one of several is turned to by name: "Richard, you said: …"
            who = audience.isPlural() ? audience.nameOf(addressee) + ", " + you
                    : Texts.capitalise(you, locale);
        }
        return words.get("vision.said").replace("{who}", who).replace("{quote}", quote);
    }

    private String withoutLeadIn(String noted) {
        String rest = pattern(words.get("vision.leadin")).matcher(noted).replaceFirst("");
        return Texts.clause(rest) == null ? noted : rest;
    }

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }
}
