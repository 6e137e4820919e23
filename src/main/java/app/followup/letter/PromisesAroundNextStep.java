package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The candidate's promises and the next step read in date order. The promises come first in the letter and the next
 * step last, which reads back and forth when the next step falls before a promise ("2. desember sender jeg …, og
 * 10. desember presenterer jeg casen. 3. desember sender jeg agendaen."). So the promises dated after the next step
 * move behind it; promises on or before its date stay before it, undated ones stay after the dated ones (last), each
 * group as typed among themselves. An undated next step, or one after every promise, leaves the order as it was.
 */
final class PromisesAroundNextStep {
    private final List<Evidence> before;
    private final List<Evidence> after;
    private final LocalDate lastBefore;
    /** The date the next step's sentence ends on: its own, or the call after the employer's step. */
    private final LocalDate nextEndsOn;

    PromisesAroundNextStep(List<Evidence> promised, Step next) {
        LocalDate date = next == null || Texts.isBlank(next.what()) ? null : next.date();
        List<Evidence> open = promised.stream().filter(e -> !e.isDelivered()).toList();
        boolean laterPromise = date != null && open.stream().anyMatch(e -> e.due() != null && e.due().isAfter(date));
        if (!laterPromise) {
            before = promised;
            after = List.of();
        } else {
            before = promised.stream().filter(e -> e.due() != null && !e.due().isAfter(date)).toList();
            after = promised.stream().filter(e -> e.due() == null || e.due().isAfter(date)).toList();
        }
        nextEndsOn = date == null ? null : next.isMine() ? date : NextStepSentence.nextWorkingDay(date);
        // the next step says "samme dag" / "the same day" after a promise on its own date, the sentence before it
        lastBefore = before.stream().filter(e -> !e.isDelivered()).map(Evidence::due).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The promises the letter says before the next step. */
    List<Evidence> before() {
        return before;
    }

    /** The promises the letter says after the next step: those dated later, then the undated ones. */
    List<Evidence> after() {
        return after;
    }

    /**
     * The promises after the next step, the first one said "samme dag" / "on the same day" when it falls on the day
     * the next step's sentence ends on: "… ringer jeg deg fredag 4. desember. Samme dag tar jeg testen", not the
     * date twice in a row.
     */
    String laterSaid(String later, LocalDate today, Language language) {
        LocalDate first = after.stream().filter(e -> !e.isDelivered()).map(Evidence::due).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        if (later == null || nextEndsOn == null || !nextEndsOn.equals(first)) {
            return later;
        }
        LetterWords words = new LetterWords(language);
        String date = LetterDates.dayAndDate(nextEndsOn, today, language);
        String dated = language == Language.NB ? Texts.capitalise(date, language.locale()) + " " : "On " + date + " ";
        String same = language == Language.NB ? Texts.capitalise(words.get("same.day"), language.locale()) + " "
                : "On " + words.get("same.day") + " ";
        return later.startsWith(dated) ? same + later.substring(dated.length()) : later;
    }

    /** The date the sentence right before the next step ends on, or null. */
    LocalDate lastBefore() {
        return lastBefore;
    }
}
