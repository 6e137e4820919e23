package app.followup.ui.wizard.pages;

import app.followup.model.Notes;
import app.followup.pasted.SortedNotes;
import java.util.ArrayList;
import java.util.List;

/**
 * What "Fill in the pages" gives the round, part by part (a bundle key and a count for its plural), in the order of
 * the pages, for the status line to say: "Filled in from your notes: challenge, 3 causes, …".
 */
public record FilledFromNotes(List<Part> parts) {
    /** One field filled: a bundle key whose text takes the count ("{0,choice,1#{0} cause|1<{0} causes}"). */
    public record Part(String key, int count) {
    }

    private static final String UNPLACED = "paste.part.unplaced";

    public FilledFromNotes {
        parts = List.copyOf(parts);
    }

    /** Whether any field of the pages is filled: lines kept in the private notes alone are not worth a fill. */
    public boolean fillsAField() {
        return parts.stream().anyMatch(part -> !part.key().equals(UNPLACED));
    }

    static FilledFromNotes of(Notes notes, int round, SortedNotes sorted) {
        List<Part> parts = new ArrayList<>();
        boolean hasEmployer = notes.employer().name() != null && !notes.employer().name().isBlank();
        add(parts, "paste.part.employer", given(sorted.employer()) && !hasEmployer ? 1 : 0);
        add(parts, "paste.part.date", sorted.interviewDate() != null
                && !sorted.interviewDate().equals(notes.rounds().get(round).date()) ? 1 : 0);
        add(parts, "paste.part.people", sorted.people().size());
        add(parts, "paste.part.challenge", given(sorted.challenge()) ? 1 : 0);
        add(parts, "paste.part.causes", sorted.causes().size());
        add(parts, "paste.part.consequences", sorted.consequences().size());
        add(parts, "paste.part.vision", given(sorted.hiringVision()) ? 1 : 0);
        add(parts, "paste.part.decisionMaker", given(sorted.decisionMaker()) ? 1 : 0);
        add(parts, "paste.part.steps", sorted.decisionSteps().size());
        add(parts, "paste.part.evidence", sorted.evidence().size());
        add(parts, "paste.part.nextStep", sorted.nextStep() != null ? 1 : 0);
        add(parts, UNPLACED, sorted.unplaced().size());
        return new FilledFromNotes(parts);
    }

    private static void add(List<Part> parts, String key, int count) {
        if (count > 0) {
            parts.add(new Part(key, count));
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
