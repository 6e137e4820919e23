package app.followup.letter;

import java.util.Locale;
import java.util.Set;

/**
 * A case noted by its question ("hvordan vinne tilbake Nortura"), said as a letter names it: "casen om hvordan dere
 * kan vinne tilbake Nortura" ({@code evidence.case.about}, {@code evidence.case.how}). A question with an
 * infinitive is the note-taker's short form; the company it is about is "dere" to the reader. A question that
 * already has its finite verb ("hvordan selgerne jobber") keeps it; a language without these words is left as typed.
 */
final class CaseTopic {
    /** Words that open a question a case answers. */
    private static final Set<String> QUESTION_WORDS = Set.of("hvordan", "hva", "hvorfor", "hvor");
    /** Words in -e after "hvordan" that are no infinitive: "hvordan nye kunder …". */
    private static final Set<String> NOT_INFINITIVES = Set.of("nye", "store", "små", "gamle", "egne", "andre",
            "flere", "mange", "beste", "største", "viktigste", "de", "disse", "noen", "alle", "hele");

    private CaseTopic() {
    }

    /** The case's thing as the letter says it; {@code thing} when it is no question or the language has no words. */
    static String of(String thing, NoteText notes, LetterWords words) {
        if (thing == null || !words.has("evidence.case.about")) {
            return thing;
        }
        String[] parts = thing.split(" ", 3);
        String question = parts[0].toLowerCase(Locale.ROOT);
        if (!QUESTION_WORDS.contains(question) || parts.length < 2) {
            return thing;
        }
        String topic = thing;
        if (question.equals("hvordan") && isInfinitive(parts[1]) && !notes.isClause(thing)) {
            topic = parts[0] + " " + words.get("evidence.case.how") + " " + parts[1]
                    + (parts.length > 2 ? " " + parts[2] : "");
        }
        return words.get("evidence.case.about").replace("{what}", topic);
    }

    private static boolean isInfinitive(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 2 && lower.endsWith("e") && lower.equals(word) && !NOT_INFINITIVES.contains(lower)
                && !lower.endsWith("ene") && !lower.endsWith("erne");
    }
}
