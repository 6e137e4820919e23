package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hiring vision as the letter says it. A hurried note often opens with who holds the vision ("De ser for seg en
 * salgssjef som …", "They want someone who …"), which "Du så for deg" / "You pictured" already says: that lead-in
 * goes. When the one who holds it is a participant ("Tor Arne sa han ser for seg …", "Siri vil ha …", "Anne-Marie: a
 * KAD who …"), the letter says who pictured it, to them: "Du så for deg" to the one addressee, "Tor Arne, du så for
 * deg" to one of several, "Gary pictured" of someone it is not addressed to. A vision that starts with what someone
 * said ({@code Richard said "I want …". A KAM who …}) cannot follow "You pictured": the words said become a sentence
 * of their own, quoted exactly as typed; a quotation that is the person pictured ({@code Steve: "someone who'll get
 * on the phone …" - 10 new accounts}) is what they pictured, in their own words, and a figure after it the target
 * that person is to reach ("…”, with a target of 10 new accounts").
 */
final class VisionNote {
    /** Each language's patterns, compiled once. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final String QUOTE = "(?<quote>\"[^\"]+\"|«[^»]+»|“[^”]+”)";
    private static final String SPEAKER = "(?<speaker>\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2})";
    /** Where one sentence of a note ends and the next begins. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private final LetterWords words;
    private final Audience audience;
    private final Locale locale;
    private final NoteText text;

    VisionNote(LetterWords words, Audience audience, Locale locale, NoteText text) {
        this.words = words;
        this.audience = audience;
        this.locale = locale;
        this.text = text;
    }

    /**
     * "said": what someone said, as a sentence, or absent; "vision": the rest, without its lead-in, or absent when
     * the note was nothing but what was said; "vocative": the addressee of several who pictured it; "holder": the
     * one who pictured it, when the letter is not addressed to them.
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
            String speaker = said.group("speaker");
            String quote = said.group("quote");
            String rest = Texts.clause(said.group("rest"));
            if (text.opensWithArticle(quote) && (rest == null || !text.isClause(rest))) {
                // the words said are the person pictured: "You pictured “someone who'll …”"; a measurable target
                // after them is no second picture joined with "and", but what that person is to reach: "…”, with a
                // target of 10 new accounts"
                holder(parts, speaker, participantOpening(speaker));
                parts.put("vision", rest == null ? quote : quote + withRest(rest));
                return parts;
            }
            parts.put("said", saidSentence(speaker, quote));
            noted = rest;
        } else if (noted != null) {
            Holder holder = holderOpening(noted);
            if (holder != null) {
                holder(parts, audience.nameOf(holder.person()), holder.person());
                noted = Texts.clause(holder.rest());
            }
        }
        if (noted != null) {
            parts.put("vision", laterWishesToReader(withoutLeadIn(withLabelledTarget(noted))));
        }
        return parts;
    }

    /**
     * "… copies. Target: 10 new fleet accounts in the first 12 months" → "… copies, with a target of 10 new fleet
     * accounts …": a form label in the letter reads as a form, and the target is what the person pictured is to
     * reach, as after a quoted vision. Only a last sentence of the label and a figure is read so.
     */
    private String withLabelledTarget(String noted) {
        Matcher labelled = pattern("^(?<vision>.+?)[.;]\\s+(?:" + words.get("vision.target.label")
                + ")\\s*:\\s*(?<target>[^.;:]+?)\\.?$").matcher(noted);
        if (!labelled.matches() || !isTarget(labelled.group("target"))) {
            // "… the rest of the team copies - 10 new fleet accounts in the first 12 months": a target after a dash
            // read "copies – 10 new … – that is the job I want" in the letter, two dashes that two testers undid
            Matcher dashed = pattern("^(?<vision>.+?)\\s+[-–—]\\s+(?<target>(?:(?!\\s[-–—]\\s)[^.;:])+?)\\.?$")
                    .matcher(noted);
            if (dashed.matches() && isTarget(dashed.group("target"))) {
                return dashed.group("vision") + withTarget(dashed.group("target"));
            }
            // "… copies. 10 new fleet accounts in the first 12 months.": a last sentence of a figure and no verb is
            // the target too (a British tester got "… copies. 10 new fleet accounts … – that is the job I want")
            Matcher bare = pattern("^(?<vision>.+?)[.;]\\s+(?<target>\\d[^.;:]*?)\\.?$").matcher(noted);
            return bare.matches() && isTarget(bare.group("target")) && text.finiteVerbAt(bare.group("target")) < 0
                    ? bare.group("vision") + withTarget(bare.group("target")) : noted;
        }
        return labelled.group("vision") + withTarget(labelled.group("target"));
    }

    /**
     * ", with a target of …" / ", med et mål om …". A target typed as a comma pair ("full volume in 90 days, no
     * first-year losses") reads clipped in a sentence, so its last comma is "and" / "og", unless the target has
     * its "and" already or the part after the comma only qualifies the one before ("10 accounts, mainly fleet").
     */
    private String withTarget(String target) {
        int comma = target.lastIndexOf(", ");
        String and = words.get("and");
        boolean joined = comma > 0 && !pattern("(?iu)(?<!\\p{L})" + Pattern.quote(and) + "(?!\\p{L})").matcher(target)
                .find() && !pattern(words.get("vision.target.qualifier")).matcher(target.substring(comma + 2))
                .lookingAt();
        String said = joined ? target.substring(0, comma) + " " + and + " " + target.substring(comma + 2) : target;
        return words.get("vision.target").replace("{target}", said);
    }

    private String withRest(String rest) {
        return pattern(words.get("vision.target.pattern")).matcher(rest).lookingAt()
                ? withTarget(rest) : " " + words.get("and") + " " + rest;
    }

    private record Holder(Participant person, String rest) {
    }

    /** The participant the vision opens with as its holder, and the vision after them, or null. */
    private Holder holderOpening(String noted) {
        Participant person = participantOpening(noted);
        if (person == null) {
            return null;
        }
        String name = nameAtStart(noted, person);
        Matcher lead = pattern(words.get("vision.speaker")).matcher(noted.substring(name.length()));
        if (!lead.lookingAt()) {
            return null;
        }
        String rest = noted.substring(name.length() + lead.end());
        return Texts.clause(rest) == null ? null : new Holder(person, rest);
    }

    /**
     * Who pictured it, said to them: nothing for the one addressee (the usual "Du så for deg"), their name before
     * "du"/"you" for one of several, and the name alone for someone the letter does not speak to.
     */
    private void holder(Map<String, String> parts, String typedName, Participant person) {
        boolean addressee = person != null && audience.addressees().contains(person);
        if (addressee && audience.isPlural()) {
            parts.put("vocative", audience.nameOf(person));
        } else if (!addressee) {
            parts.put("holder", person == null ? typedName : audience.nameOf(person));
        }
    }

    /**
     * A later sentence that is an addressee's own wish ("Aisha wants that person to sit in every bid review") is
     * said to them: "Aisha, you want that person …", or "You want …" to the one addressee.
     */
    private String laterWishesToReader(String vision) {
        String[] sentences = SENTENCE_END.split(vision);
        if (sentences.length < 2) {
            return vision;
        }
        List<String> out = new ArrayList<>(List.of(sentences[0]));
        for (int i = 1; i < sentences.length; i++) {
            String target = labelledTarget(sentences[i]);
            if (target != null) {
                // "… lærer av. Mål: 10 nye tjenesteavtaler …" is a form label (a tester's letter): the target is
                // what that person is to reach, "…, med et mål om 10 nye tjenesteavtaler …"
                int last = out.size() - 1;
                out.set(last, withoutFullStop(out.get(last)) + withTarget(target));
            } else {
                out.add(wishToReader(sentences[i]));
            }
        }
        return String.join(" ", out);
    }

    /** "Mål: 10 nye tjenesteavtaler innen 12 måneder" → its figure and what follows; null for any other sentence. */
    private String labelledTarget(String sentence) {
        if (!words.has("vision.target.label")) {
            return null;
        }
        Matcher label = pattern("(?:" + words.get("vision.target.label") + ")\\s*:\\s*").matcher(sentence);
        if (!label.lookingAt()) {
            return null;
        }
        String target = Texts.clause(sentence.substring(label.end()));
        return target != null && isTarget(target) ? target : null;
    }

    /**
     * What "med et mål om" / "with a target of" can take: a figure first ("10 nye tjenesteavtaler"), or a thing
     * with a figure in it ("oppstart på 60 dager og ingen oppsigelser første år", a tester's hand fix); not a verb
     * ("bli best i bransjen", "win 10 accounts"), which the label must keep.
     */
    private boolean isTarget(String target) {
        if (pattern(words.get("vision.target.pattern")).matcher(target).lookingAt()) {
            return true;
        }
        String first = target.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return target.chars().anyMatch(Character::isDigit)
                && !pattern(words.get("vision.target.verb")).matcher(first).matches();
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private String wishToReader(String sentence) {
        Participant person = participantOpening(sentence);
        if (person == null || !audience.addressees().contains(person)) {
            return sentence;
        }
        String rest = sentence.substring(nameAtStart(sentence, person).length()).stripLeading();
        if (!pattern(words.get("vision.speaker.later")).matcher(rest).lookingAt()) {
            return sentence;
        }
        String said = audience.language() == Language.EN ? EnglishVerbs.plural(rest) : rest;
        String you = words.get("you");
        return audience.isPlural() ? audience.nameOf(person) + ", " + you + " " + said
                : Texts.capitalise(you, locale) + " " + said;
    }

    /** The participant whose name opens the text as a whole word ("Tor Arne sa …", "Anne-Marie:"), or null. */
    private Participant participantOpening(String noted) {
        return audience.everyone().stream().filter(p -> nameAtStart(noted, p) != null)
                .max(Comparator.comparingInt(p -> nameAtStart(noted, p).length())).orElse(null);
    }

    /** The longest of the person's names that opens the text as a whole word, or null. */
    private String nameAtStart(String noted, Participant person) {
        String found = null;
        for (String name : new String[] {Texts.inline(person.name()), GivenNames.withoutTitle(person.name()),
                GivenNames.of(person, audience.language())}) {
            if (name != null && noted.startsWith(name) && (noted.length() == name.length()
                    || !Character.isLetterOrDigit(noted.charAt(name.length())))
                    && (found == null || name.length() > found.length())) {
                found = name;
            }
        }
        return found;
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
