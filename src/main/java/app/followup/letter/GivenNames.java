package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a letter greets and names someone: their {@code greetingName} when the notes give one, else the given
 * name(s) read off the full name. A title before the name ("Dr Fiona Gallagher", "Prof. Anne Lie", "dr. Hansen")
 * is not a given name: a letter that greets by given name has no use for it, so it is skipped, and a name with
 * nothing but a title and a surname gives no given name at all.
 * <p>
 * Double given names are common in Norway ("Per Olav Moe" is Per Olav, "Bjørn Are Dahl" is Bjørn Are), so in a
 * Norwegian letter a second word that is itself a common given name belongs to the given names when a surname
 * follows it. In English the second of three names is nearly always a middle name that nobody is greeted by
 * ("Emma Louise Barker" is Emma): an English letter keeps together only the pairs English speakers use as one name
 * (Mary Kate, Sarah Jane, Anne Marie …) and Norwegian double names whose second name is no English middle name
 * ("Per Olav"). Anyone else is greeted as the notes' {@code greetingName} says.
 */
public final class GivenNames {
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame|lord|lady|herr|fru|frk|frøken)\\.?");
    private static final Pattern LEADING_TITLE = Pattern.compile("(?i)(?:" + TITLE.pattern().substring(4) + ")\\s+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?(-\\p{L}\\.?)?");
    /**
     * Norwegian given names that often stand second in a double given name. No library or Debian package holds a
     * list of Norwegian given names, so this one is kept by hand from Statistics Norway's most common names; a
     * surname that is also a given name ("Lars Olav Nes") is not at risk, since a third word must follow.
     */
    private static final Set<String> SECOND_GIVEN_NAMES = Set.of(
            // Men's names.
            "olav", "olaf", "ola", "ole", "are", "erik", "eirik", "ove", "arne", "petter", "kristian", "christian",
            "morten", "martin", "andreas", "henrik", "johan", "johannes", "jørgen", "magnus", "marius", "einar",
            "egil", "inge", "ivar", "tore", "tor", "terje", "geir", "kåre", "rune", "helge", "harald", "håkon",
            "gunnar", "anders", "fredrik", "thomas", "tom", "jon", "kjetil", "kjell", "rolf", "stein", "steinar",
            "svein", "sverre", "trond", "vidar", "øyvind", "åge", "aksel", "emil", "peder", "per", "pål", "nils",
            "knut", "lars", "leif", "odd", "otto", "hans", "jan", "jens", "jakob", "mathias", "tobias", "sigurd",
            "gustav", "bjørn", "arild", "atle", "dag", "even", "finn", "frode", "halvard", "jostein", "kristoffer",
            "christoffer", "alexander", "daniel", "david", "gabriel", "mikael", "michael", "sebastian", "simen",
            "sindre", "oskar", "oscar", "william", "edvard", "eivind", "espen", "øystein", "roger", "robert",
            "richard", "ragnar", "torstein", "audun", "asbjørn", "bård", "jarle", "jørn", "lasse", "mads", "reidar",
            "sigve", "sondre", "stian", "ståle", "torbjørn", "torgeir", "trygve", "vegard", "yngve", "endre",
            "elias", "jonas", "kristen", "mons", "toralf", "gaute", "ingvar", "idar",
            // Women's names.
            "marie", "kari", "karin", "kristin", "kristine", "christine", "anne", "anna", "ane", "elisabeth",
            "helene", "margrethe", "margrete", "louise", "lovise", "sofie", "sophie", "mari", "marit", "lise",
            "lene", "line", "hege", "heidi", "ingrid", "inger", "ida", "julie", "karoline", "camilla", "cecilie",
            "charlotte", "silje", "siri", "solveig", "synnøve", "berit", "bente", "britt", "elin", "ellen", "eva",
            "grete", "gro", "gunn", "hanne", "kine", "linn", "lill", "lisbeth", "liv", "malin", "maria", "mette",
            "monica", "nina", "randi", "ragnhild", "sara", "signe", "sunniva", "tone", "torill", "tove", "trine",
            "turid", "unni", "vigdis", "åse", "astrid", "birgitte", "emilie", "ingeborg", "johanne", "kristina",
            "therese", "tine", "thea", "vilde", "amalie", "andrea", "hilde", "irene", "janne", "jorunn", "kjersti",
            "merete", "oda", "helen", "elise", "beate", "cathrine", "kathrine", "katrine", "henriette", "mathilde",
            "othilie", "synne", "tuva", "nora", "mia", "emma", "sissel", "bodil", "wenche", "elsa", "marte",
            "mary", "ann", "jane", "rose", "grace", "lou", "beth", "kate", "lynn", "mae", "jo");
    /** English double given names, said as one: "Dear Mary Kate," but "Dear Emma," for Emma Louise Barker. */
    private static final Set<String> ENGLISH_DOUBLE_NAMES = Set.of(
            "mary kate", "mary jane", "mary ann", "mary anne", "mary beth", "mary lou", "mary ellen", "mary grace",
            "sarah jane", "sara jane", "anne marie", "ann marie", "anna marie", "rose marie", "lily rose",
            "ella rose", "lee ann", "leigh ann", "jo anne", "jo ann", "billie jo", "billy jo", "billy joe",
            "billy bob", "john paul", "jean paul", "jean luc", "jean pierre", "jean claude", "jean marc");

    /** Names that stand second in English as middle names: "Emma Louise Barker", "Mark Thomas Reed". */
    private static final Set<String> ENGLISH_MIDDLE_NAMES = Set.of(
            "louise", "marie", "jane", "anne", "ann", "rose", "grace", "elizabeth", "elisabeth", "mae", "lou", "beth",
            "kate", "lynn", "jo", "mary", "helen", "charlotte", "sophie", "emma", "eva", "julie", "maria", "anna",
            "james", "john", "william", "michael", "david", "thomas", "robert", "richard", "edward", "alexander",
            "daniel", "christopher", "andrew", "peter", "paul", "oscar", "sebastian", "gabriel", "tom",
            "martin", "simon");

    private GivenNames() {
    }

    /**
     * The name a letter in either language greets this participant by, or null when it cannot tell (advice then
     * says so). Where the language is not known a second given name is read the Norwegian way.
     */
    public static String of(Participant participant) {
        return of(participant, Language.NB);
    }

    /** The name a letter in this language greets the participant by, or null when it cannot tell. */
    public static String of(Participant participant, Language language) {
        String chosen = Texts.inline(participant.greetingName());
        return chosen != null ? chosen : fromFullName(participant.name(), language);
    }

    /** {@link #fromFullName(String, Language)} read the Norwegian way. */
    public static String fromFullName(String fullName) {
        return fromFullName(fullName, Language.NB);
    }

    /**
     * "Per Olav Moe" → "Per Olav", "Anne-Kari Brekke" → "Anne-Kari", "Ola" → "Ola" (people often note only the
     * first name), "Dr Fiona Gallagher" → "Fiona"; "Dr. Hansen" and "P. O. Moe" → null. In English "Emma Louise
     * Barker" → "Emma", "Mary Kate Brindley" → "Mary Kate".
     */
    public static String fromFullName(String fullName, Language language) {
        String[] words = nameWords(fullName);
        if (words.length == 0 || !looksLikeName(words[0])) {
            return null;
        }
        if (words.length == 1) {
            // "Dr. Hansen": the word after a title is a surname
            return words[0].equals(Texts.inline(fullName)) ? words[0] : null;
        }
        if (words.length >= 3 && looksLikeName(words[1]) && isDoubleName(words[0], words[1], language)) {
            return words[0] + " " + words[1];
        }
        return words[0];
    }

    /**
     * Whether a name of exactly two words is one double given name ("Hans Petter", "Per Olav", "Anne Marie"), as
     * in notes that call people by the name they go by. Only there: a full name typed as a participant of two words
     * is a given name and a surname ("Lars Erik" is Lars), so {@link #fromFullName} does not read it so. A second
     * word that English uses as a surname or middle name ("Sarah Thomas") is no second given name in either
     * language, and an English letter keeps to its first word ("Nick Jonas").
     */
    public static boolean isDoubleGivenName(String name, Language language) {
        String[] words = nameWords(name);
        if (language == Language.EN || words.length != 2 || !(words[0] + " " + words[1]).equals(Texts.inline(name))
                || !looksLikeName(words[0]) || !looksLikeName(words[1])) {
            return false;
        }
        String pair = (words[0] + " " + words[1]).toLowerCase(Locale.ROOT);
        return ENGLISH_DOUBLE_NAMES.contains(pair) || !ENGLISH_MIDDLE_NAMES.contains(words[1].toLowerCase(Locale.ROOT))
                && isDoubleName(words[0], words[1], language);
    }

    /** The name without the titles before it: "Dr Fiona Gallagher" → "Fiona Gallagher"; null stays null. */
    public static String withoutTitle(String fullName) {
        String clean = Texts.inline(fullName);
        if (clean == null) {
            return null;
        }
        String rest = clean;
        Matcher title = LEADING_TITLE.matcher(rest);
        while (title.lookingAt() && title.end() < rest.length()) {
            rest = rest.substring(title.end());
            title = LEADING_TITLE.matcher(rest);
        }
        return rest;
    }

    private static String[] nameWords(String fullName) {
        String clean = Texts.inline(fullName);
        if (clean == null || clean.contains("@")) {
            return new String[0];
        }
        String[] words = SPACES.split(clean.replace(",", " ").strip());
        int first = 0;
        while (first < words.length - 1 && TITLE.matcher(words[first]).matches()) {
            first++;
        }
        return TITLE.matcher(words[first]).matches() ? new String[0] : Arrays.copyOfRange(words, first, words.length);
    }

    private static boolean isDoubleName(String first, String second, Language language) {
        String lower = second.toLowerCase(Locale.ROOT);
        if (language == Language.EN && ENGLISH_DOUBLE_NAMES.contains((first + " " + second).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // a Norwegian double name keeps both in an English letter too ("Dear Per Olav,")
        return SECOND_GIVEN_NAMES.contains(lower) && (language != Language.EN || !ENGLISH_MIDDLE_NAMES.contains(lower));
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
