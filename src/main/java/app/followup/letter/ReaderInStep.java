package app.followup.letter;

import java.util.List;
import java.util.Locale;

/**
 * A decision step is turned to the reader on its own ("Rachel recommends" → "You recommend"), and so opens with a
 * capital, but every letter says the steps inside a sentence ("after you recommend", "etter at du har gitt din
 * anbefaling"), where the reader is "you", "du" or "dere".
 */
final class ReaderInStep {
    private ReaderInStep() {
    }

    static String inSentence(String step, LetterWords words, Locale locale) {
        if (step == null) {
            return null;
        }
        for (String key : List.of("you", "you.plural")) {
            String you = words.get(key);
            String opening = Texts.capitalise(you, locale);
            if (step.startsWith(opening + " ") && !opening.equals(you)) {
                return you + step.substring(opening.length());
            }
        }
        return step;
    }
}
