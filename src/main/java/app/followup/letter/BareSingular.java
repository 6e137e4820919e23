package app.followup.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bare singular noun phrase typed in a hurry ("copy of my APM PFQ certificate", "capture plan for one trust")
 * with the article running English needs before it: "a copy of my …", "the online psychometric test". The head noun
 * is the last word before the first preposition, conjunction or punctuation. Plurals ("sales figures"), mass nouns
 * ("feedback", "pricing"), numbers ("2 referees"), possessives and determiners ("my", "Jo's"), names and acronyms
 * (a capital letter) keep no article, and so does a word in u- or h-, whose sound decides between "a" and "an".
 */
final class BareSingular {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ELEVEN_OR_EIGHTEEN = Pattern.compile("1[18]-.*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:()\\[\\]–—.]+$");
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "that", "these", "those",
            "some", "any", "no", "all", "both", "each", "every", "several", "few", "many", "more", "most", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another", "other", "such",
            "what", "which", "how", "whatever", "either", "neither", "much", "enough", "i", "we", "you", "it");
    private static final Set<String> ENDS_HEAD = Set.of(
            "with", "for", "of", "to", "by", "from", "at", "on", "in", "about", "via", "before", "after", "vs",
            "versus", "and", "or", "that", "which", "who", "incl", "including", "e.g", "i.e", "per", "into",
            "across", "between", "showing", "covering", "i'd", "i'll", "i", "we");
    /** Nouns without a singular article in the sense a salesperson uses them. */
    private static final Set<String> MASS = Set.of(
            "feedback", "information", "evidence", "advice", "data", "research", "work", "training", "support",
            "access", "experience", "knowledge", "software", "equipment", "proof", "progress", "content",
            "coverage", "funding", "revenue", "business", "money", "marketing", "sales", "background", "guidance",
            "correspondence", "documentation", "paperwork", "people", "staff", "criteria", "media", "news",
            "history", "performance", "pipeline", "headcount", "approval", "sign-off", "input", "output", "detail",
            "confirmation", "permission", "consent", "ownership", "leadership", "management", "growth", "volume",
            "churn", "turnover", "attrition", "demand", "morale", "retention", "share", "cash", "footfall", "stock");
    /** Things a candidate promises that surely count: "a copy", "a plan", "a list". */
    private static final Set<String> COUNTABLE = Set.of(
            "copy", "list", "plan", "case", "test", "proposal", "summary", "report", "presentation", "deck",
            "certificate", "letter", "reference", "example", "overview", "outline", "draft", "breakdown", "analysis",
            "spreadsheet", "dashboard", "document", "note", "memo", "one-pager", "pack", "portfolio", "sample",
            "statement", "transcript", "cv", "profile", "review", "assessment", "questionnaire", "exercise",
            "strategy", "map", "forecast", "budget", "model", "template", "video", "recording", "demo", "pitch",
            "chart", "table", "audit", "study", "write-up", "call", "interview", "referee", "timeline",
            "roadmap", "framework", "scorecard", "shortlist", "account", "snapshot", "extract", "export", "page",
            "brief", "paper", "certification", "qualification", "licence", "license", "diploma", "degree");
    /** The places and structures of a business that count, said with "the" when a hurried note leaves it out. */
    private static final Set<String> PLACES = Set.of(
            "showroom", "branch", "depot", "warehouse", "shop", "store", "office", "site", "plant", "factory", "team",
            "desk", "region", "patch", "territory", "department", "division", "unit", "framework", "contract",
            "tender", "process", "website", "system", "database", "portal", "board", "project", "programme",
            "network", "channel", "dealership", "franchise", "workshop", "counter", "hub", "line", "platform",
            "parent", "headquarters");
    /** "running showroom": a gerund and a bare place, before the end, punctuation or a preposition. */
    private static final Pattern GERUND_PLACE = Pattern.compile(
            "\\b(\\p{Ll}{2,}ing) (\\p{Ll}+)(?=$|[,.;:)]| (?:" + String.join("|", List.of("with", "for", "to",
            "by", "from", "at", "on", "in", "and", "or", "since", "because", "so", "but")) + ")\\b)");
    /** "since NHS Supply Chain framework moved": a named place as a clause's subject, before its verb in -ed/-s. */
    private static final Pattern NAMED_PLACE_SUBJECT = Pattern.compile(
            "\\b(since|when|after|before|until|because|as|once|and|but) ((?:\\p{Lu}[\\p{L}&-]*\\s){1,4})(\\p{Ll}+)"
                    + "(?= (?:\\p{Ll}{2,}ed|is|was|has|had|went|changed|moved|closed|opened)\\b)");
    /** "sign-off from US parent": a preposition, an acronym and a place, with nothing after it but punctuation. */
    private static final Pattern PREPOSITION_ACRONYM_PLACE = Pattern.compile(
            "\\b(from|to|with|at|by|for|in|into|via) (\\p{Lu}{2,4}) (\\p{Ll}+)(?=$|[,.;:)]| \\()");
    /** "incl. NHS procurement lead I worked with": one person among the evidence, who counts. */
    private static final Pattern INCLUDED_PERSON = Pattern.compile(
            "\\b(incl\\.|including) ((?:\\p{Lu}{2,4} )?(?:\\p{Ll}+ )?)(lead|manager|director|buyer|customer|head"
                    + "|contact|client|colleague|supplier|partner)(?=$|[,.;:)]| (?:I|who|that|from|at)\\b)");
    /** Words in -ing that are no gerund. */
    private static final Set<String> NOT_GERUNDS = Set.of(
            "during", "morning", "evening", "nothing", "something", "anything", "everything", "bring", "spring",
            "thing", "king", "ring", "string", "ceiling", "building", "meeting", "pricing", "funding", "training",
            "marketing", "ordering", "housing", "clothing", "packaging", "catering", "engineering", "offering");
    private static final Pattern NUMBER_ADJECTIVE = Pattern.compile("\\d+(?:[.,]\\d+)?-[a-z]+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

    private BareSingular() {
    }

    /**
     * The phrase with "a"/"an" before it when it is surely a bare singular count noun, else as typed. "A" is wrong
     * before a mass noun ("a quota attainment"), and English has too many to list, so only a head noun known to
     * count (the documents and exercises a candidate promises) gets one; "the" is kinder and goes by the rule.
     */
    static String withIndefinite(String phrase) {
        String article = indefinite(phrase);
        String[] words = phrase == null ? new String[0] : SPACES.split(phrase.strip());
        return article == null || !COUNTABLE.contains(head(words)) ? phrase : article + " " + phrase;
    }

    /** The phrase with "the" before it when it is surely a bare singular count noun, else as typed. */
    static String withDefinite(String phrase) {
        return indefinite(phrase) == null ? phrase : "the " + phrase;
    }

    /**
     * A note's bare singular places given the article running English needs: "on top of running showroom" → "…
     * running the showroom", "since NHS Supply Chain framework moved" → "since the NHS Supply Chain framework moved".
     * Only a place or structure of a business (its lexicon) is read so, right after a gerund, or named as the subject
     * of a clause after "since"/"when"/"because" with its verb after it, or as an acronym's place after a
     * preposition ("sign-off from the US parent"); and one person named after "incl." gets "a"/"an" ("incl. an NHS
     * procurement lead I worked with"); anything else stays as typed.
     */
    static String inProse(String note) {
        if (note == null || note.isEmpty()) {
            return note;
        }
        String text = GERUND_PLACE.matcher(note).replaceAll(match -> PLACES.contains(match.group(2))
                && !NOT_GERUNDS.contains(match.group(1)) ? "$1 the $2" : "$0");
        text = NAMED_PLACE_SUBJECT.matcher(text).replaceAll(match -> PLACES.contains(match.group(3))
                ? "$1 the $2$3" : "$0");
        text = PREPOSITION_ACRONYM_PLACE.matcher(text).replaceAll(match -> PLACES.contains(match.group(3))
                ? "$1 the $2 $3" : "$0");
        return INCLUDED_PERSON.matcher(text).replaceAll(match -> {
            String[] before = match.group(2).strip().split(" ");
            if (DETERMINERS.contains(before[before.length - 1])) {
                return "$0";
            }
            String article = personArticle(match.group(2).isEmpty() ? match.group(3) : match.group(2));
            return article == null ? "$0" : "$1 " + article + " $2$3";
        });
    }

    /** "an NHS …", "a KAM …" said letter by letter; "a procurement …"; null when the spelling does not tell. */
    private static String personArticle(String first) {
        if (Character.isUpperCase(first.charAt(0))) {
            return "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0 ? "an" : "a";
        }
        char sound = first.charAt(0);
        return sound == 'u' || sound == 'h' ? null : "aeio".indexOf(sound) >= 0 ? "an" : "a";
    }

    /** "my", "the", "two": a word that already determines the noun after it. */
    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word);
    }

    /** "a" or "an" for a bare singular count noun phrase; null when it needs none or the rule is unsure. */
    private static String indefinite(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String[] words = SPACES.split(phrase.strip());
        String first = words[0];
        if (NUMBER_ADJECTIVE.matcher(first).matches()) {
            // "100-day plan", "8-week programme": the number is said, so it decides between "a" and "an"
            return head(words) == null ? null
                    : first.startsWith("8") || ELEVEN_OR_EIGHTEEN.matcher(first).matches() ? "an" : "a";
        }
        if (!WORD.matcher(first).matches() || DETERMINERS.contains(first)) {
            return null;
        }
        if (head(words) == null) {
            return null;
        }
        char sound = first.charAt(0);
        if (sound == 'u' || sound == 'h') {
            return null;
        }
        return "aeio".indexOf(sound) >= 0 ? "an" : "a";
    }

    /** The head noun, the last word before the phrase's first preposition or punctuation, when singular and countable. */
    private static String head(String[] words) {
        String head = null;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String bare = TRAILING_PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
            if (i > 0 && (ENDS_HEAD.contains(bare) || word.startsWith("(") || word.equals("-")
                    || word.equals("–") || word.equals("—"))) {
                break;
            }
            if (i > 0 && !WORD.matcher(bare).matches()) {
                return null;
            }
            head = bare;
            if (!bare.equals(word.toLowerCase(Locale.ROOT)) && !word.endsWith(".")) {
                break;
            }
        }
        return head != null && WORD.matcher(head).matches() && isSingularCount(head) ? head : null;
    }

    private static boolean isSingularCount(String noun) {
        boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is");
        return !plural && !MASS.contains(noun) && !noun.endsWith("ing") && !noun.endsWith("ness");
    }
}
