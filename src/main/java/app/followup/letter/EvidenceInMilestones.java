package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import app.followup.model.Round;
import app.followup.model.Step;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether the plan's milestones already hold a piece of evidence, so that the letter neither promises it twice nor
 * drops it. A milestone holds it when it names it ("Referanser sendt" for references, by the kind's word), spells
 * it out ("90-dagersplan for de tre kjedene sendt"), or is the candidate's milestone on its day ("Referanser og
 * 100-dagersplan sendt" holds "en skisse til de første 100 dagene") that is not word for word the milestone
 * {@link PlanSuggestion} writes for another piece of evidence. A tester's dated 90-day plan vanished from the
 * letter: the suggested plan had put the case's "Account I won back prepared" on its day, and any milestone on the
 * day used to hold it.
 */
final class EvidenceInMilestones {
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(en|ei|et|a|an|the|min|mitt|mine|my) ");

    private final Round round;
    private final LetterWords words;
    /** Each piece of evidence's milestone as the plan's suggestion words it, worked out once per letter. */
    private final Map<Evidence, String> suggested = new IdentityHashMap<>();

    EvidenceInMilestones(Round round, NoteText text, Language language) {
        this.round = round;
        this.words = new LetterWords(language);
        for (Evidence item : round.evidence()) {
            String milestone = item == null ? null
                    : Deliverable.of(item, text, words, language).asMilestone(words, language.locale());
            suggested.put(item, milestone == null ? "" : milestone.strip());
        }
    }

    boolean hold(Evidence item) {
        if (round.milestones().stream().anyMatch(m -> names(m, item))) {
            return true;
        }
        return item.due() != null && round.milestones().stream()
                .filter(m -> m.isMine() && item.due().equals(m.date()))
                .anyMatch(m -> round.evidence().stream().filter(other -> other != item)
                        .noneMatch(other -> isSuggestedFor(m, other)));
    }

    private boolean isSuggestedFor(Step milestone, Evidence other) {
        String wording = suggested.getOrDefault(other, "");
        return !wording.isEmpty() && wording.equalsIgnoreCase(Objects.requireNonNullElse(milestone.what(), "").strip());
    }

    /** The milestone names the evidence by its kind's word (the candidate's own) or spells out its text. */
    private boolean names(Step milestone, Evidence item) {
        String what = Objects.requireNonNullElse(Texts.clause(milestone.what()), "").toLowerCase(Locale.ROOT);
        String stem = words.get("evidence.stem." + (item.kind() == null ? "other" : item.kind().code()));
        // by the kind's word only when it is the one piece of that kind: "Case of an account I won back prepared"
        // does not hold the 90-day plan that is a case too
        if (milestone.isMine() && !stem.isEmpty() && what.contains(stem) && isOnlyOneOfItsKind(item)) {
            return true;
        }
        String detail = LEADING_ARTICLE.matcher(Objects.requireNonNullElse(Texts.clause(item.detail()), "")
                .toLowerCase(Locale.ROOT)).replaceFirst("");
        return detail.length() > 3 && what.contains(detail);
    }

    private boolean isOnlyOneOfItsKind(Evidence item) {
        return round.evidence().stream().filter(e -> !e.isDelivered() && kindOf(e) == kindOf(item)).count() == 1;
    }

    private static EvidenceKind kindOf(Evidence item) {
        return item.kind() == null ? EvidenceKind.OTHER : item.kind();
    }

    /** The evidence not held, of those given. */
    List<Evidence> notHeld(List<Evidence> evidence) {
        return evidence.stream().filter(e -> !hold(e)).toList();
    }
}
