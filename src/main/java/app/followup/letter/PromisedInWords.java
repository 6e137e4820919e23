package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Round;
import java.util.ArrayList;
import java.util.List;

/** What the decision-maker letter still promises in a sentence of its own, beside its plan table. */
final class PromisedInWords {

    private PromisedInWords() {
    }

    /**
     * The evidence the decision-maker letter still promises in words: what the plan does not already hold, either
     * as a row of its own or in one of its milestones ({@link EvidenceInMilestones}).
     */
    static List<Evidence> notInPlan(Round round, NoteText text, Language language) {
        EvidenceInMilestones milestones = new EvidenceInMilestones(round, text, language);
        List<Evidence> rest = new ArrayList<>();
        for (Evidence item : round.evidence()) {
            // a dated promise no milestone holds is a row of the plan's own (ProgressPlan.evidenceRows)
            boolean ownRow = !item.isDelivered() && item.due() != null;
            if (!ownRow && !milestones.hold(item)) {
                rest.add(item);
            }
        }
        return rest;
    }
}
