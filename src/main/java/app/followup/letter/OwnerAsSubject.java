package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision step typed with its owner as the subject ("Marte tar referansene", "Tom at PeopleFirst takes
 * references", "Hans Petter anbefaler") named the owner twice in the suggested plan, in the milestone and in *Who*,
 * and testers rewrote the row; a task ("Ta referansene") read as a to-do list to them too. The row says what is done,
 * as the plan's other rows do ("To referanser sendt"): "Referansene tatt", "References taken up", and a step without
 * an object as its noun, "Anbefaling", "Recommendation". A step whose verb or shape is not sure stays as typed.
 */
final class OwnerAsSubject {
    private static final Map<String, String> EN_PARTICIPLES = Map.ofEntries(
            Map.entry("takes", "taken"), Map.entry("runs", "run"), Map.entry("checks", "checked"),
            Map.entry("does", "done"), Map.entry("gives", "given"), Map.entry("makes", "made"),
            Map.entry("sends", "sent"), Map.entry("holds", "held"), Map.entry("calls", "called"),
            Map.entry("reviews", "reviewed"), Map.entry("approves", "approved"), Map.entry("signs", "signed"),
            Map.entry("confirms", "confirmed"), Map.entry("books", "booked"), Map.entry("arranges", "arranged"),
            Map.entry("contacts", "contacted"), Map.entry("meets", "met"), Map.entry("follows", "followed"),
            Map.entry("collects", "collected"), Map.entry("completes", "completed"));
    private static final Map<String, String> EN_NOUNS = Map.of("recommends", "Recommendation", "decides", "Decision",
            "approves", "Approval", "reviews", "Review", "confirms", "Confirmation");
    private static final Map<String, String> NB_NOUNS = Map.of("anbefaler", "Anbefaling", "bestemmer", "Beslutning",
            "godkjenner", "Godkjenning", "vurderer", "Vurdering", "beslutter", "Beslutning");
    private static final Set<String> EN_ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> EN_PARTICLES = Set.of("up", "out", "over", "back", "through");
    /** After these the step says more than its object ("takes references before the panel"): it stays as typed. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "with", "before", "after", "by", "on", "in",
            "at", "from", "about", "til", "med", "før", "etter", "av", "på", "i", "fra", "om", "hos", "ved", "innen");
    private static final int LONGEST_OBJECT = 3;
    private static final Set<String> REFERENCE_CHECKING = Set.of("tar", "sjekker", "innhenter", "kontakter",
            "ringer", "takes", "checks", "runs", "does", "calls", "contacts", "follows");
    private static final Pattern REFERENCES = Pattern.compile("(?iu)^(?:mine\\s+|my\\s+)?(?:referanse|reference)");

    private OwnerAsSubject() {
    }

    /** @param decider the decision maker's given name, whom a recommendation goes to ("Anbefaling til Ingrid") */
    static String asMilestone(String milestone, Participant owner, Language language, String decider) {
        if (milestone == null) {
            return null;
        }
        for (String name : new String[] {GivenNames.withoutTitle(owner.name()),
                GivenNames.fromFullName(owner.name(), language)}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Matcher clause = NameMention.compiled("(?U)^" + Pattern.quote(name) + Affiliation.AFTER_NAME
                    + "\\s+(?<verb>\\p{Ll}+)(?:\\s+(?<rest>\\S.*))?$").matcher(milestone.strip());
            if (clause.matches()) {
                String done = done(clause.group("verb"), clause.group("rest"), language, decider);
                return done == null ? milestone : done;
            }
        }
        return milestone;
    }

    private static String done(String verb, String rest, Language language, String decider) {
        String said = verb.toLowerCase(Locale.ROOT);
        if (rest == null) {
            String noun = (language == Language.NB ? NB_NOUNS : EN_NOUNS).get(said);
            // "Recommendation" alone read as a bare label to a tester, who wrote "Recommendation to James"
            boolean recommends = said.equals("anbefaler") || said.equals("recommends");
            return noun != null && recommends && decider != null
                    ? noun + (language == Language.NB ? " til " : " to ") + decider : noun;
        }
        String[] words = rest.strip().split("\\s+");
        boolean particle = language == Language.EN && EN_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
        String[] object = particle ? Arrays.copyOfRange(words, 1, words.length) : words;
        if (language == Language.EN && object.length > 1 && EN_ARTICLES.contains(object[0].toLowerCase(Locale.ROOT))) {
            object = Arrays.copyOfRange(object, 1, object.length);
        }
        if (object.length == 0 || object.length > LONGEST_OBJECT
                || Arrays.stream(object).anyMatch(w -> PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        // taking, checking or running references is the reference check, as three Norwegian testers wrote the row
        if (REFERENCE_CHECKING.contains(said) && REFERENCES.matcher(String.join(" ", object)).find()) {
            return language == Language.NB ? "Referansesjekk" : "Reference checks";
        }
        String participle = language == Language.NB ? StepsAfterDecision.participle(said)
                : EN_PARTICIPLES.get(said);
        if (participle == null) {
            return null;
        }
        return Texts.capitalise(String.join(" ", object) + " " + participle + (particle ? " " + words[0] : ""),
                language.locale());
    }
}
