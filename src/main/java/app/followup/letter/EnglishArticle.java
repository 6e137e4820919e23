package app.followup.letter;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article a step typed as a label needs in running English: "second interview with Per Olav Moe" reads
 * "a second interview with Per Olav Moe" after "The next steps are". Only a step whose head noun is one of the
 * countable steps of a hiring process gets one; plurals ("reference checks"), mass nouns ("board approval") and
 * anything the rule is unsure of (an acronym first, a word in u- or h- whose sound decides a/an) stay as typed.
 * A step typed as an instruction ("meet Jo's dad for a brew") becomes a gerund ("meeting Jo's dad for a brew").
 */
final class EnglishArticle {
    private static final Set<String> COUNTABLE_STEPS = Set.of(
            "interview", "presentation", "case", "meeting", "call", "test", "offer", "review", "assessment",
            "workshop", "conversation", "visit", "lunch", "dinner", "session", "decision", "check", "exercise",
            "task", "demo", "pitch", "panel", "day", "ride-along", "trial", "tour", "chat", "call-back", "role-play",
            "debrief", "briefing", "discussion", "appraisal", "evaluation", "audit", "introduction");
    /** Steps typed as an instruction ("meet Jo's dad for a brew"), said after "The next steps are" as a gerund. */
    private static final Map<String, String> STEP_VERBS = Map.ofEntries(
            Map.entry("meet", "meeting"), Map.entry("present", "presenting"), Map.entry("visit", "visiting"),
            Map.entry("spend", "spending"), Map.entry("join", "joining"), Map.entry("shadow", "shadowing"),
            Map.entry("attend", "attending"), Map.entry("take", "taking"), Map.entry("sit", "sitting"),
            Map.entry("give", "giving"), Map.entry("run", "running"), Map.entry("pitch", "pitching"),
            Map.entry("prepare", "preparing"), Map.entry("deliver", "delivering"), Map.entry("complete", "completing"),
            Map.entry("do", "doing"), Map.entry("have", "having"), Map.entry("talk", "talking"),
            Map.entry("speak", "speaking"), Map.entry("go", "going"), Map.entry("ride", "riding"),
            Map.entry("walk", "walking"), Map.entry("demo", "demoing"), Map.entry("review", "reviewing"));
    /** Two words a hurried note writes apart that English joins before a noun: "ride along day". */
    private static final Pattern OPEN_COMPOUND = Pattern.compile("\\b(ride|role|sign|follow|check) (along|play|off|up|in)\\b(?= [a-z])");
    private static final Set<String> PREPOSITIONS = Set.of(
            "with", "for", "of", "to", "by", "from", "at", "on", "in", "about", "via", "before", "after");
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "that", "these", "those",
            "one", "two", "three", "each", "every", "another", "some", "any", "no");

    private EnglishArticle() {
    }

    /** True for a verb a step typed as an instruction opens with: "meet", "present". */
    static boolean isStepVerb(String word) {
        return STEP_VERBS.containsKey(word);
    }

    /** The step with "a"/"an" before it when it surely needs one, else as it was. */
    static String withArticle(String typed) {
        String step = OPEN_COMPOUND.matcher(typed).replaceFirst("$1-$2");
        String[] parts = step.split(" ", 2);
        String gerund = STEP_VERBS.get(parts[0]);
        if (gerund != null && parts.length > 1) {
            // "present 100-day plan to you" is "presenting the 100-day plan to you": the plan both sides know
            return gerund + " " + BareSingular.withDefinite(parts[1]);
        }
        String[] words = step.split(" ");
        String first = words[0];
        if (DETERMINERS.contains(first.toLowerCase(Locale.ROOT)) || !first.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) {
            return typed;
        }
        String head = words[0];
        for (String word : words) {
            if (PREPOSITIONS.contains(word)) {
                break;
            }
            head = word;
        }
        if (!COUNTABLE_STEPS.contains(head)) {
            return typed;
        }
        char sound = first.charAt(0);
        if (sound == 'u' || sound == 'h') {
            return typed;
        }
        return ("aeio".indexOf(sound) >= 0 ? "an " : "a ") + step;
    }
}
