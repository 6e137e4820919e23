package app.followup.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "1 av 5 nye kunder" in bokmål prose, once the five is a word ({@link SmallNumbersInWords}), read "1 av fem": half
 * figure, half word (a tester's letter). The one is a word as well, in the gender of what is counted: "én av fem nye
 * kunder", "ett av fem selskaper". Where the lexicon is not sure of that noun's gender, both stay figures ("1 av 5
 * …"), as Språkrådet says counts compared with each other are written alike; so does a label's number ("fase 1 av
 * 3").
 */
final class OneOfSeveral {
    private static final Pattern ONE_OF = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:–\\-+])1 av (de )?(\\p{L}+)(?=[ \\u00a0])");
    private static final Pattern NEXT_WORDS = Pattern.compile("^(?:[ \\u00a0]+(\\p{L}+))(?:[ \\u00a0]+(\\p{L}+))?"
            + "(?:[ \\u00a0]+(\\p{L}+))?");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?][ \\u00a0\\n]+)$");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+\\.?)[ \\u00a0]+$");
    private static final Set<String> LABELS = Set.of("fase", "steg", "trinn", "del", "uke", "runde", "sprint", "side",
            "punkt", "kapittel", "nr", "nr.", "versjon", "kvartal", "dag", "måned", "år", "nivå");
    private static final Set<NounSlot> PLURALS = Set.of(NounSlot.PLURAL, NounSlot.DEFINITE_PLURAL);

    private final List<String> numbers;

    /** @param numbers the words for two to nine, as {@link SmallNumbersInWords} writes them */
    OneOfSeveral(List<String> numbers) {
        this.numbers = numbers;
    }

    String apply(String text) {
        if (text.indexOf('1') < 0) {
            return text;
        }
        Matcher matcher = ONE_OF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int count = numbers.indexOf(matcher.group(2));
            if (count < 0 || afterLabel(text.substring(0, matcher.start()))) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
                continue;
            }
            Boolean neuter = genderOfCounted(text.substring(matcher.end()));
            String the = matcher.group(1) == null ? "" : matcher.group(1);
            String said;
            if (neuter == null) {
                said = "1 av " + the + (count + 2);
            } else {
                String one = neuter ? "ett" : "én";
                boolean opens = SENTENCE_START.matcher(text.substring(0, matcher.start())).find();
                said = (opens ? one.substring(0, 1).toUpperCase(Locale.ROOT) + one.substring(1) : one) + " av "
                        + the + matcher.group(2);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(said));
        }
        return matcher.appendTail(out).toString();
    }

    /** "uke 1 av 4", "fase 1 av 3": the one is a label's number, not a count. */
    private static boolean afterLabel(String before) {
        Matcher previous = WORD_BEFORE.matcher(before);
        return previous.find() && LABELS.contains(previous.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether the plural noun among the next three words is neuter; null when none is read for certain. */
    private static Boolean genderOfCounted(String after) {
        Matcher next = NEXT_WORDS.matcher(after);
        if (!next.find()) {
            return null;
        }
        for (int i = 1; i <= next.groupCount() && next.group(i) != null; i++) {
            String word = next.group(i).toLowerCase(Locale.ROOT);
            NounParadigm paradigm = NorwegianNouns.INSTANCE.paradigm(word);
            NounParadigm.Recognition form = paradigm.recognise(word);
            if (form.certain() && PLURALS.containsAll(form.slots())) {
                return paradigm.neuter();
            }
        }
        return null;
    }
}
