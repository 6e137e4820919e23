package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words the user wrote with a capital where no sentence begins ("salget på Østlandet", "distriktssjef Østlandet"):
 * names of places and things the letter must not lower-case when such a word opens a note it moves inside a
 * sentence ("Østlandet står for 40 prosent" after "Blir det ikke løst,").
 */
final class CapitalisedInNotes {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CapitalisedInNotes() {
    }

    static Set<String> of(Notes notes, Round round) {
        List<String> texts = new ArrayList<>();
        // a title in title case ("Senior Account Executive") says nothing of its words: a cause opening "Account
        // managers hand trials over …" kept its capital inside the sentence (the English tester at 22:40)
        if (!isTitleCase(notes.position())) {
            texts.add(notes.position());
        }
        texts.add(round.challenge());
        texts.addAll(round.causes());
        texts.addAll(round.consequences());
        texts.add(round.hiringVision());
        texts.addAll(round.decisionProcessOrEmpty().steps());
        round.evidence().stream().filter(e -> e != null).map(Evidence::detail).forEach(texts::add);
        round.milestones().stream().filter(s -> s != null).map(Step::what).forEach(texts::add);
        if (round.nextStep() != null) {
            texts.add(round.nextStep().what());
        }
        Set<String> capitalised = new HashSet<>();
        for (String text : texts) {
            if (text != null) {
                collect(text, capitalised);
            }
        }
        return capitalised;
    }

    /** "Senior Account Executive", "Key Account Manager": two words or more, each with its capital. */
    static boolean isTitleCase(String text) {
        if (text == null) {
            return false;
        }
        String[] words = WHITESPACE.split(text.strip());
        return words.length > 1 && Arrays.stream(words).map(CapitalisedInNotes::bare)
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }

    private static void collect(String text, Set<String> capitalised) {
        String[] words = WHITESPACE.split(text.strip());
        for (int i = 1; i < words.length; i++) {
            String before = words[i - 1];
            boolean sentenceStart = before.endsWith(".") || before.endsWith("!") || before.endsWith("?")
                    || before.endsWith(":");
            String word = bare(words[i]);
            if (!sentenceStart && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                capitalised.add(word);
            }
        }
    }

    private static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
