package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Step;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The employer's agreed step as a nudge reports it, after "I wrote that" / "skrev jeg at". A step typed as a
 * clause is put in reported speech and said to the reader when it is theirs: "Owen will confirm the date" to Owen
 * reads "you would confirm the date", "Marius gir beskjed om andre intervju" to Marius "du skulle gi beskjed om
 * andre intervju"; a step someone else owns keeps its subject ("Grace would send the test"). A step typed as a
 * label ("second interview", "andre intervju") is not a sentence, so the letter names it as the step and says who
 * was to come back about it: {@link #topic()} and {@link #holder()}.
 */
final class ReportedStep {
    private static final Map<String, String> EN_PAST_MODALS = Map.of(
            "will", "would", "shall", "should", "can", "could", "may", "might", "'ll", "would");
    private static final Set<String> EN_KEEP = Set.of(
            "would", "should", "could", "might", "must", "was", "were", "had", "did");
    private static final Map<String, String> NB_PAST_MODALS = Map.of(
            "skal", "skulle", "vil", "ville", "kan", "kunne", "må", "måtte", "bør", "burde");

    private final String clause;
    private final String topic;
    private final String holder;

    private ReportedStep(String clause, String topic, String holder) {
        this.clause = clause;
        this.topic = topic;
        this.holder = holder;
    }

    static ReportedStep of(Step step, NoteText notes, Audience audience, Language language) {
        String what = Texts.clause(step.what());
        int verb = notes.finiteVerbAt(what);
        if (verb > 0) {
            String[] words = notes.inner(what).split(" ");
            String subject = String.join(" ", Arrays.copyOf(words, verb));
            LetterWords letterWords = new LetterWords(language);
            // a note's "they"/"de" can only be the employer, the company the readers speak for: "dere"
            boolean company = subject.equals(letterWords.get("they"));
            boolean readers = company || audience.addresseeNamedIn(subject) != null;
            String spokenSubject = company ? letterWords.get("you.plural") : readers ? audience.you() : subject;
            String predicate = String.join(" ", Arrays.copyOfRange(words, verb, words.length));
            String reported = language == Language.EN ? englishReported(predicate, readers || isPlural(subject))
                    : norwegianReported(predicate);
            if (reported != null) {
                return new ReportedStep(spokenSubject + " " + reported, null, null);
            }
            if (language == Language.NB) {
                // a verb whose infinitive is not known stays in the present, which Norwegian reports as it is
                return new ReportedStep(notes.order().subordinate(spokenSubject + " " + predicate), null, null);
            }
        }
        String label = notes.inner(what);
        return new ReportedStep(null, language == Language.EN ? EnglishArticle.withArticle(label) : label,
                holderOf(step, audience));
    }

    /** "you would confirm …", "du skulle gi beskjed …"; null for a step typed as a label. */
    String clause() {
        return clause;
    }

    /** The step typed as a label, "a second interview" / "andre intervju"; null when it is a clause. */
    String topic() {
        return topic;
    }

    /** Who was to come back about a step typed as a label: "du"/"dere"/"you", or another person's given name. */
    String holder() {
        return holder;
    }

    private static String holderOf(Step step, Audience audience) {
        String who = Texts.clause(step.who());
        if (who == null || audience.addresseeNamedIn(who) != null) {
            return audience.you();
        }
        var person = audience.participantNamedIn(who);
        return person == null ? who : audience.nameOf(person);
    }

    private static boolean isPlural(String subject) {
        return Set.of("we", "they", "you").contains(subject.toLowerCase(Locale.ROOT));
    }

    /** "will confirm" → "would confirm", "sends" → "would send", "is" → "was"/"were"; null when unsure. */
    private static String englishReported(String predicate, boolean pluralSubject) {
        String[] parts = predicate.split(" ", 2);
        String verb = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? " " + parts[1] : "";
        if (EN_PAST_MODALS.containsKey(verb)) {
            return EN_PAST_MODALS.get(verb) + rest;
        }
        if (EN_KEEP.contains(verb) || verb.endsWith("ed")) {
            return predicate;
        }
        if (verb.equals("is") || verb.equals("are")) {
            return (pluralSubject ? "were" : "was") + rest;
        }
        if (verb.equals("has") || verb.equals("have")) {
            return "had" + rest;
        }
        if (!verb.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        return "would " + EnglishVerbs.plural(predicate);
    }

    /** "gir beskjed" → "skulle gi beskjed", "skal sende" → "skulle sende"; null when the infinitive is unsure. */
    private static String norwegianReported(String predicate) {
        String[] parts = predicate.split(" ", 2);
        String verb = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? " " + parts[1] : "";
        if (NB_PAST_MODALS.containsKey(verb)) {
            return NB_PAST_MODALS.get(verb) + rest;
        }
        String infinitive = NorwegianInfinitive.of(verb);
        if (infinitive == null) {
            return null;
        }
        // "gir ikke beskjed": an "at"-clause puts the adverb before the verb, too much to guess; the present stays
        return rest.startsWith(" ikke ") ? null : "skulle " + infinitive + rest;
    }
}
