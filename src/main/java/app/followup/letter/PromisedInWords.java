package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Round;
import app.followup.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** What the decision-maker letter still promises in a sentence of its own, beside its plan table. */
final class PromisedInWords {
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(en|ei|et|a|an|the|min|mitt|mine|my) ");

    private PromisedInWords() {
    }

    /**
     * The evidence the decision-maker letter still promises in words: what the plan does not already hold, either
     * as a row of its own, on a milestone's day, named by one of the candidate's milestones ("Referanser sendt"), or
     * spelled out word for word in a milestone.
     */
    static List<Evidence> notInPlan(Round round, LetterWords words) {
        List<Evidence> inPlan = ProgressPlan.evidenceRows(round);
        List<Evidence> rest = new ArrayList<>();
        for (Evidence item : round.evidence()) {
            boolean milestoneDay = item.due() != null && round.milestones().stream()
                    .anyMatch(m -> item.due().equals(m.date()));
            String stem = words.get("evidence.stem." + (item.kind() == null ? "other" : item.kind().code()));
            boolean named = !stem.isEmpty() && round.milestones().stream().filter(Step::isMine)
                    .map(m -> Objects.requireNonNullElse(Texts.clause(m.what()), "").toLowerCase(Locale.ROOT))
                    .anyMatch(m -> m.contains(stem));
            // a milestone that spells out the evidence itself ("To referanser sendt") holds it too
            // ("90-dagersplan for de tre kjedene sendt" holds "en 90-dagersplan for de tre kjedene")
            String detail = LEADING_ARTICLE.matcher(Objects.requireNonNullElse(Texts.clause(item.detail()), "")
                    .toLowerCase(Locale.ROOT)).replaceFirst("");
            boolean spelledOut = detail.length() > 3 && round.milestones().stream()
                    .map(m -> Objects.requireNonNullElse(Texts.clause(m.what()), "").toLowerCase(Locale.ROOT))
                    .anyMatch(m -> m.contains(detail));
            if (!inPlan.contains(item) && !milestoneDay && !named && !spelledOut) {
                rest.add(item);
            }
        }
        return rest;
    }
}
