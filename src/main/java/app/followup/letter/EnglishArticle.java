package app.followup.letter;

import java.util.Locale;
import java.util.Set;

/**
 * The article a step typed as a label needs in running English: "second interview with Per Olav Moe" reads
 * "a second interview with Per Olav Moe" after "The next steps are". Only a step whose head noun is one of the
 * countable steps of a hiring process gets one; plurals ("reference checks"), mass nouns ("board approval") and
 * anything the rule is unsure of (an acronym first, a word in u- or h- whose sound decides a/an) stay as typed.
 */
final class EnglishArticle {
    private static final Set<String> COUNTABLE_STEPS = Set.of(
            "interview", "presentation", "case", "meeting", "call", "test", "offer", "review", "assessment",
            "workshop", "conversation", "visit", "lunch", "dinner", "session", "decision", "check", "exercise",
            "task", "demo", "pitch");
    private static final Set<String> PREPOSITIONS = Set.of(
            "with", "for", "of", "to", "by", "from", "at", "on", "in", "about", "via", "before", "after");
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "that", "these", "those",
            "one", "two", "three", "each", "every", "another", "some", "any", "no");

    private EnglishArticle() {
    }

    /** The step with "a"/"an" before it when it surely needs one, else as it was. */
    static String withArticle(String step) {
        String[] words = step.split(" ");
        String first = words[0];
        if (DETERMINERS.contains(first.toLowerCase(Locale.ROOT)) || !first.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) {
            return step;
        }
        String head = words[0];
        for (String word : words) {
            if (PREPOSITIONS.contains(word)) {
                break;
            }
            head = word;
        }
        if (!COUNTABLE_STEPS.contains(head)) {
            return step;
        }
        char sound = first.charAt(0);
        if (sound == 'u' || sound == 'h') {
            return step;
        }
        return ("aeio".indexOf(sound) >= 0 ? "an " : "a ") + step;
    }
}
