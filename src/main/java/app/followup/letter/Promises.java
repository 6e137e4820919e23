package app.followup.letter;

import java.util.Comparator;
import java.util.regex.Pattern;
import app.followup.model.Evidence;
import app.followup.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The evidence the candidate still owes, each promised with its own date and verb: "Tirsdag 1. desember sender
 * jeg to referanser, og torsdag 3. desember presenterer jeg casen." Delivered items are not promised again.
 */
final class Promises {
    private Promises() {
    }

    static String sentences(List<Evidence> evidence, LocalDate today, NoteText notes, Language language) {
        LetterWords words = new LetterWords(language);
        // Norwegian letters have their counts in words as a whole (NorwegianNumbers); an English one in its promises,
        // where a figure after the date reads as part of it: "on Friday 4 December 2 referees"
        UnaryOperator<String> counts = language == Language.EN ? new SmallNumbersInWords(words)::apply : s -> s;
        List<String> dated = new ArrayList<>();
        List<String> verbs = new ArrayList<>();
        List<String> undatedThings = new ArrayList<>();
        List<String> undatedActions = new ArrayList<>();
        List<String> undatedOwnVerb = new ArrayList<>();
        List<Evidence> byDate = evidence.stream()
                .sorted(Comparator.comparing(Evidence::due,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (Evidence item : byDate) {
            if (item.isDelivered() || (Texts.isBlank(item.detail()) && item.kind() == null)) {
                continue;
            }
            Deliverable deliverable = Deliverable.of(item, notes, words, language);
            if (item.due() != null) {
                dated.add(counts.apply(deliverable.promisedOn(LetterDates.dayAndDate(item.due(), today, language), words,
                        language)));
                verbs.add(deliverable.sharedVerb(words));
            } else if (!deliverable.isAction() && hasOwnUndatedVerb(item, words)) {
                // a case is presented and a test taken, never "sent"
                undatedOwnVerb.add(counts.apply(words.get("evidence.undated." + item.kind().code())
                        .replace("{items}", deliverable.promisedThing())));
            } else if (deliverable.isAction()) {
                undatedActions.add(counts.apply(words.get("evidence.action").replace("{action}",
                        deliverable.action())));
            } else {
                undatedThings.add(counts.apply(deliverable.promisedThing()));
            }
        }
        List<String> sentences = new ArrayList<>(joinDated(dated, verbs, words, language));
        if (!undatedThings.isEmpty()) {
            sentences.add(words.get(sentences.isEmpty() ? "evidence.undated.first" : "evidence.undated")
                    .replace("{items}", words.join(undatedThings)));
        }
        sentences.addAll(undatedOwnVerb);
        sentences.addAll(undatedActions);
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    private static boolean hasOwnUndatedVerb(Evidence item, LetterWords words) {
        return item.kind() != null && words.has("evidence.undated." + item.kind().code());
    }

    /**
     * Two promises read as one sentence, the second without the verb they share: "Tirsdag 1. desember sender jeg
     * to referanser, og torsdag 3. desember salgstallene." More stand each on their own.
     */
    private static List<String> joinDated(List<String> dated, List<String> verbs, LetterWords words,
                                          Language language) {
        Locale locale = language.locale();
        List<String> sentences = new ArrayList<>();
        if (dated.size() == 2) {
            String second = dated.get(1);
            String verb = verbs.get(0);
            if (verb != null && verb.equals(verbs.get(1))) {
                String shared = language == Language.NB ? " " + verb + " " : " I will " + verb + " ";
                second = second.replaceFirst(Pattern.quote(shared), " ");
            }
            second = second.substring(0, 1).toLowerCase(locale) + second.substring(1);
            sentences.add(Texts.capitalise(dated.get(0), locale) + ", " + words.get("and") + " " + second + ".");
            return sentences;
        }
        for (String promise : dated) {
            sentences.add(Texts.capitalise(promise, locale) + ".");
        }
        return sentences;
    }
}
