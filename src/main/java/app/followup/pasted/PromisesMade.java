package app.followup.pasted;

import app.followup.letter.DatesInText;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Owner;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the candidate promised ("Jeg lovet: sende 90-dagersplanen torsdag 3. desember, ringe Hans Petter fredag 4.
 * desember for å avtale gjennomgang"): a promise that names a piece of evidence asked for gives that piece its due
 * date ("90-dagersplanen" is the "90-dagersplan", "my referees' names" the "two referees", "planen" the one plan
 * asked for); the first one that names none is the next step, its date taken out of its words. A promise that fits
 * neither is left for the user.
 */
final class PromisesMade {
    private static final Pattern LEADING_AND = Pattern.compile("^(?:og|and|then|så)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+(?:og|and)\\s+", Pattern.CASE_INSENSITIVE);
    /** A word shorter than this says too little to tie a promise to a piece of evidence ("plan", "navn"). */
    private static final int SHORTEST_SHARED = 6;

    private final List<Evidence> evidence;
    private final PastedWords words;
    private Step nextStep;
    private final List<String> unplaced = new ArrayList<>();

    private PromisesMade(List<Evidence> evidence, PastedWords words) {
        this.evidence = new ArrayList<>(evidence);
        this.words = words;
    }

    /** The promises read against the evidence asked for; {@code around} dates a day typed without a year. */
    static PromisesMade read(List<String> promises, List<Evidence> asked, PastedWords words, LocalDate around) {
        PromisesMade made = new PromisesMade(asked, words);
        for (String promise : promises) {
            for (String one : split(promise, around)) {
                made.place(one, around);
            }
        }
        return made;
    }

    List<Evidence> evidence() {
        return evidence;
    }

    Step nextStep() {
        return nextStep;
    }

    List<String> unplaced() {
        return unplaced;
    }

    private void place(String promise, LocalDate around) {
        List<DatesInText.Found> dates = DatesInText.in(promise, around);
        LocalDate date = dates.isEmpty() ? null : dates.get(0).date();
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (names(promise, evidence.get(i).detail())) {
                named.add(i);
            }
        }
        if (named.isEmpty()) {
            named.addAll(onlyOfItsKind(words.kindOf(promise)));
        }
        if (date != null) {
            named.forEach(i -> evidence.set(i, evidence.get(i).withDue(date)));
        }
        if (!named.isEmpty() && date != null) {
            return;
        }
        if (named.isEmpty() && date != null && nextStep == null) {
            nextStep = Step.of(withoutDate(promise, dates.get(0)), date, Owner.ME);
            return;
        }
        unplaced.add(promise);
    }

    /** A list of promises cut at its commas; a part without a date belongs with the part after it. */
    private static List<String> split(String promises, LocalDate around) {
        List<String> split = new ArrayList<>();
        String pending = "";
        for (String part : NoteItems.withoutFullStop(promises).split("\\s*[,;]\\s*")) {
            String joined = pending.isEmpty() ? part : pending + ", " + part;
            if (DatesInText.in(part, around).isEmpty()) {
                pending = joined;
            } else {
                split.addAll(atAnd(LEADING_AND.matcher(joined.strip()).replaceFirst(""), around));
                pending = "";
            }
        }
        if (!pending.isBlank()) {
            split.add(LEADING_AND.matcher(pending.strip()).replaceFirst(""));
        }
        return split;
    }

    /**
     * "sende planen" names the "90-dagersplan" when that is the only plan asked for: the piece that alone is of the
     * kind the promise's words name.
     */
    private List<Integer> onlyOfItsKind(EvidenceKind kind) {
        List<Integer> ofKind = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).kind() == kind) {
                ofKind.add(i);
            }
        }
        return kind == EvidenceKind.OTHER || ofKind.size() != 1 ? List.of() : ofKind;
    }

    /**
     * A promise of two dates joined by "og" / "and" ("sende planen 3. desember og ringe Ingrid 4. desember") is two
     * promises, cut at the first "og" after the first date.
     */
    private static List<String> atAnd(String promise, LocalDate around) {
        List<DatesInText.Found> dates = DatesInText.in(promise, around);
        if (dates.size() > 1) {
            Matcher and = AND.matcher(promise);
            if (and.find(dates.get(0).end()) && and.end() <= dates.get(1).start()) {
                List<String> two = new ArrayList<>();
                two.add(promise.substring(0, and.start()).strip());
                two.addAll(atAnd(promise.substring(and.end()).strip(), around));
                return two;
            }
        }
        return List.of(promise);
    }

    /** Whether the promise names the piece: a word of six letters or more that both begin alike. */
    private static boolean names(String promise, String detail) {
        for (String asked : words(detail)) {
            for (String promised : words(promise)) {
                if (sharedStart(asked, promised) >= Math.max(SHORTEST_SHARED,
                        Math.min(asked.length(), promised.length()) - 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d-]+")) {
            if (word.length() >= SHORTEST_SHARED) {
                words.add(word);
            }
        }
        return words;
    }

    private static int sharedStart(String one, String other) {
        int shared = 0;
        while (shared < Math.min(one.length(), other.length()) && one.charAt(shared) == other.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    private static String withoutDate(String promise, DatesInText.Found date) {
        String kept = promise.substring(0, date.start()) + " " + promise.substring(date.end());
        return kept.replaceAll("\\s+", " ").replaceAll(" ([,.;:])", "$1").strip();
    }
}
