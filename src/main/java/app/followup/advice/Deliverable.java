package app.followup.advice;

import app.followup.letter.Texts;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A piece of evidence the candidate promised, and how to tell that a step of the plan delivers the same thing.
 * A step (the next step or a milestone) delivers an evidence item when
 * <ol>
 * <li>the candidate owns it (the employer cannot deliver the candidate's references),</li>
 * <li>it says a delivery: send, deliver, present, take, share … ("Jeg sender", "Referanser sendt",
 * "Presentasjon av casen", "I will send"), and</li>
 * <li>it names the item: by its kind ("referansene", "references", "casen", "testen", "salgstallene", "figures")
 * or by a word of the item's own description before its first preposition ("Quota attainment for …": quota,
 * attainment; "To referanser fra …": referanser), in any inflection ("salgstall" → "salgstallene") or as the last
 * part of a compound ("personlighetstesten"; only for words of five letters or more).</li>
 * </ol>
 * A compound whose last part is something else is another thing: "Referansesjekk" is the employer's reference check,
 * not the candidate's references.
 * <p>
 * A step that arranges the delivery does not deliver: "I will call you to book the case presentation" has a date of
 * its own (the call), and the presentation's date is another. What follows a word that books, schedules or agrees
 * a time, up to the end of its clause ("and", "og", a comma), is left out, so that "Jeg sender referansene og
 * avtaler tid for casen" still delivers the references and "I will send the figures and the references" both.
 */
final class Deliverable {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final List<String> ENDINGS = List.of("ene", "en", "er", "et", "es", "ne", "'s", "’s", "n", "r",
            "e", "a", "s", "");
    private static final int SHORTEST_COMPOUND_HEAD = 5;
    private static final int SHORTEST_DESCRIPTION_WORD = 4;
    private static final Map<EvidenceKind, List<String>> KIND_WORDS = Map.of(
            EvidenceKind.REFERENCES, List.of("referans", "referenc", "referee"),
            EvidenceKind.CERTIFICATES, List.of("attest", "sertifikat", "vitnemål", "certificat", "diploma"),
            EvidenceKind.RESULTS, List.of("resultat", "result", "salgstall", "nøkkeltall", "figur"),
            EvidenceKind.TEST, List.of("test", "personlighetstest", "ferdighetstest"),
            EvidenceKind.CASE, List.of("case", "casepresentasjon", "caseoppgav"));
    private static final List<String> DELIVERY_STARTS = List.of("send", "ettersend", "oversend", "presenter",
            "presentasjon", "present", "gjennomfør", "deliver", "submit", "provid", "forward");
    private static final Set<String> DELIVERY_WORDS = Set.of("levere", "leverer", "levert", "leveres", "levering",
            "leveranse", "ta", "tar", "tas", "tatt", "dele", "deler", "delt", "gi", "gir", "take", "takes", "taken",
            "took", "complete", "completed", "sent", "share", "shares", "shared");
    /** Words that arrange a delivery for later rather than make it. */
    private static final List<String> ARRANGING_STARTS = List.of("book", "schedul", "arrang", "avtal", "planlegg",
            "organis", "organiz", "beram");
    private static final Set<String> ARRANGING_WORDS = Set.of("agree", "agrees", "agreed", "finne", "finner");
    /** Where one clause of a step ends and the next begins. */
    private static final Pattern CLAUSES = Pattern.compile("\\s*(?:[,;]|\\band\\b|\\bog\\b)\\s*");
    /** Where the description of an item stops naming it: "To referanser | fra tidligere ledere". */
    private static final Set<String> PREPOSITIONS = Set.of("fra", "for", "til", "av", "med", "om", "på", "i", "hos",
            "fram", "frem", "og", "from", "of", "to", "with", "about", "on", "in", "at", "by", "and");
    /** Where what a step hands over ends: "sender forslag | til agenda for casen" ("i" is also "I"). */
    private static final Set<String> STEP_PREPOSITIONS = Set.of("fra", "for", "til", "av", "med", "om", "på", "hos",
            "from", "of", "with", "about", "on", "in", "at", "by");
    private static final Set<String> NOT_A_NAME = Set.of("en", "ei", "et", "to", "tre", "fire", "min", "mine",
            "mitt", "noen", "nye", "siste", "the", "a", "an", "my", "two", "three", "four", "some", "last", "new",
            "this", "that");

    private final Evidence item;
    private final List<String> names;

    Deliverable(Evidence item) {
        this(item, true);
    }

    /**
     * @param namedByKind whether a step naming the kind ("casen", "the case") names this item: not when the round
     *                    promises two of that kind, where "Case of an account I won back sent" is not the 90-day plan
     *                    that is a case too (a tester's false warning)
     */
    Deliverable(Evidence item, boolean namedByKind) {
        this.item = item;
        List<String> words = new ArrayList<>(item.kind() == null || !namedByKind ? List.of()
                : KIND_WORDS.getOrDefault(item.kind(), List.of()));
        words.addAll(descriptionWords(item.detail()));
        this.names = words;
    }

    Evidence item() {
        return item;
    }

    /** The words of the description that name the item, as stems: "To referanser fra …" gives "referans". */
    private static List<String> descriptionWords(String detail) {
        List<String> words = new ArrayList<>();
        String clean = Texts.inline(detail);
        if (clean == null) {
            return words;
        }
        for (MatchResult word : WORD.matcher(lower(clean)).results().toList()) {
            String text = word.group();
            if (PREPOSITIONS.contains(text)) {
                break;
            }
            boolean hasLetters = text.codePoints().anyMatch(Character::isLetter);
            if (!NOT_A_NAME.contains(text) && !isDelivery(text) && hasLetters
                    && text.length() >= SHORTEST_DESCRIPTION_WORD) {
                words.add(text);
                words.add(stem(text));
            }
        }
        return words;
    }

    /** The word without an inflection ending, when at least five letters stay. */
    private static String stem(String word) {
        for (String ending : ENDINGS) {
            if (!ending.isEmpty() && word.endsWith(ending)
                    && word.length() - ending.length() >= SHORTEST_COMPOUND_HEAD) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /**
     * How the candidate's step delivers this item, or null when it does not: {@link Action#PRESENT} when it presents
     * it ("100-day plan presented to Priya"), {@link Action#HAND_OVER} for any other delivery ("Jeg sender
     * referansene"). Only what the step hands over counts as named: "Jeg sender forslag til agenda for casen" sends
     * an agenda, and the case is what the agenda is for. So a name after a preposition counts only where the
     * preposition follows the delivery itself ("presentasjon av casen").
     */
    Action deliveryBy(Step step) {
        String what = Texts.inline(step.what());
        if (what == null || !step.isMine()) {
            return null;
        }
        List<String> deliveries = new ArrayList<>();
        boolean named = false;
        for (String clause : CLAUSES.split(lower(what))) {
            boolean objectEnded = false;
            String before = null;
            for (MatchResult match : WORD.matcher(clause).results().toList()) {
                String word = match.group();
                if (isArranging(word)) {
                    break;
                }
                if (isDelivery(word)) {
                    deliveries.add(word);
                } else if (STEP_PREPOSITIONS.contains(word) && (before == null || !isDelivery(before))) {
                    objectEnded = true;
                } else if (!objectEnded && isNamedBy(word)) {
                    named = true;
                }
                before = word;
            }
        }
        if (deliveries.isEmpty() || !named) {
            return null;
        }
        return deliveries.stream().allMatch(word -> word.startsWith("present")) ? Action.PRESENT : Action.HAND_OVER;
    }

    /**
     * What a step does with an item. Sending a plan on one day and presenting it on another is the usual order
     * (the style guide's own example), so only two dates for the same action are two dates for one promise.
     */
    enum Action { HAND_OVER, PRESENT }

    /**
     * What the evidence's own due date is the day of: the presentation when its description says one ("Business
     * case presentation", "… presenteres for Tor Arne 10. desember"), otherwise the day it is handed over.
     */
    Action dueAction() {
        String detail = Texts.inline(item.detail());
        return detail != null && WORD.matcher(lower(detail)).results().map(MatchResult::group)
                .anyMatch(word -> word.startsWith("present")) ? Action.PRESENT : Action.HAND_OVER;
    }

    private static boolean isArranging(String word) {
        return ARRANGING_WORDS.contains(word) || ARRANGING_STARTS.stream().anyMatch(word::startsWith);
    }

    private boolean isNamedBy(String word) {
        for (String name : names) {
            for (String ending : ENDINGS) {
                String form = name + ending;
                if (word.equals(form) || name.length() >= SHORTEST_COMPOUND_HEAD && word.endsWith(form)
                        && word.length() > form.length() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDelivery(String word) {
        return DELIVERY_WORDS.contains(word) || DELIVERY_STARTS.stream().anyMatch(word::startsWith);
    }

    /** Two entries for one thing: the same kind and the same description. */
    boolean isSameAs(Deliverable other) {
        return item.kind() == other.item.kind()
                && lower(String.valueOf(Texts.clause(item.detail())))
                .equals(lower(String.valueOf(Texts.clause(other.item.detail()))));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
