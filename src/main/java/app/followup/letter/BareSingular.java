package app.followup.letter;

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
