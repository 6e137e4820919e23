package app.followup.letter;

import app.followup.model.Participant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a letter greets and names someone: their {@code greetingName} when the notes give one, else the given
 * name(s) read off the full name. Double given names are common in Norway ("Per Olav Moe" is Per Olav), so a
 * second word that is itself a common given name belongs to the given names when a surname follows it.
 */
public final class GivenNames {
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(dr|prof|mr|mrs|ms|miss|sir|dame|herr|fru|frk)\\.?");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?(-\\p{L}\\.?)?");
    private static final Set<String> SECOND_GIVEN_NAMES = Set.of(
            // Men's names that often stand second in a double given name.
            "olav", "ole", "erik", "eirik", "ove", "arne", "petter", "kristian", "christian", "morten", "martin",
            "andreas", "henrik", "johan", "johannes", "jørgen", "magnus", "marius", "einar", "egil", "inge", "ivar",
            "tore", "terje", "geir", "kåre", "rune", "helge", "harald", "håkon", "gunnar", "anders", "fredrik",
            "thomas", "tom", "jon", "kjetil", "rolf", "stein", "steinar", "svein", "sverre", "trond", "vidar",
            "øyvind", "åge", "aksel", "emil", "peder", "per", "pål", "nils", "knut", "lars", "leif", "odd",
            "otto", "hans", "jan", "jens", "jakob", "mathias", "tobias", "sigurd", "gustav", "bjørn", "arild",
            "atle", "dag", "even", "finn", "frode", "halvard", "jostein", "kristoffer", "christoffer", "alexander",
            "daniel", "david", "gabriel", "mikael", "michael", "sebastian", "simen", "sindre", "oskar", "oscar",
            "william", "edvard", "eivind", "espen", "øystein", "roger", "robert", "richard", "ragnar", "torstein",
            // Women's names.
            "marie", "kari", "karin", "kristin", "kristine", "christine", "anne", "anna", "elisabeth", "helene",
            "margrethe", "margrete", "louise", "sofie", "sophie", "mari", "marit", "lise", "lene", "line", "hege",
            "heidi", "ingrid", "inger", "ida", "julie", "karoline", "camilla", "cecilie", "charlotte", "silje",
            "siri", "solveig", "synnøve", "berit", "bente", "britt", "elin", "ellen", "eva", "grete", "gro", "gunn",
            "hanne", "kine", "linn", "lill", "lisbeth", "liv", "malin", "maria", "mette", "monica", "nina", "randi",
            "ragnhild", "sara", "signe", "sunniva", "tone", "torill", "tove", "trine", "turid", "unni", "vigdis",
            "åse", "astrid", "birgitte", "emilie", "ingeborg", "johanne", "kristina", "therese", "tine", "thea",
            "vilde", "amalie", "andrea", "hilde", "irene", "janne", "jorunn", "kjersti", "merete", "oda", "helen",
            "mary", "ann", "jane", "rose", "grace", "lou", "beth", "kate", "lynn", "mae", "jo");

    private GivenNames() {
    }

    /** The name a letter greets this participant by, or null when it cannot tell (advice then says so). */
    public static String of(Participant participant) {
        String chosen = Texts.inline(participant.greetingName());
        return chosen != null ? chosen : fromFullName(participant.name());
    }

    /** "Per Olav Moe" → "Per Olav", "Anne-Kari Brekke" → "Anne-Kari", "Ola" → "Ola" (people often note only the first name), "Dr. Hansen" and "P. O. Moe" → null. */
    public static String fromFullName(String fullName) {
        String clean = Texts.inline(fullName);
        if (clean == null || clean.contains("@")) {
            return null;
        }
        String[] words = SPACES.split(clean.replace(",", " ").strip());
        if (TITLE.matcher(words[0]).matches() || !looksLikeName(words[0])) {
            return null;
        }
        if (words.length == 1) {
            return words[0];
        }
        if (words.length >= 3 && looksLikeName(words[1])
                && SECOND_GIVEN_NAMES.contains(words[1].toLowerCase(Locale.ROOT))) {
            return words[0] + " " + words[1];
        }
        return words[0];
    }

    /** A given name is a capitalised word, not initials, not an acronym. */
    private static boolean looksLikeName(String word) {
        if (word.isEmpty() || INITIAL.matcher(word).matches() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        long letters = word.codePoints().filter(Character::isLetter).count();
        long capitals = word.codePoints().filter(Character::isUpperCase).count();
        return letters >= 2 && (capitals == 1 || word.contains("-"));
    }
}
