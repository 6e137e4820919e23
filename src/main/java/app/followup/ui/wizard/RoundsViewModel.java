package app.followup.ui.wizard;

import app.followup.letter.LetterDates;
import app.followup.model.Round;
import app.followup.ui.Document;
import app.followup.ui.common.I18n;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The round selector above the wizard: one entry per round of the open application, the shown one selected. */
public final class RoundsViewModel {
    private final Document document;
    private final I18n i18n;
    private final ObservableList<Integer> rounds = FXCollections.observableArrayList();

    public RoundsViewModel(Document document, I18n i18n) {
        this.document = document;
        this.i18n = i18n;
        document.notesProperty().addListener(o -> refill());
        refill();
    }

    private void refill() {
        if (!document.isOpen()) {
            return;
        }
        List<Integer> indices = IntStream.range(0, document.notes().rounds().size()).boxed().toList();
        // an edit inside a round changes the notes, not the rounds: the list stays, and so does the open popup
        if (!rounds.equals(indices)) {
            rounds.setAll(indices);
        }
    }

    /** The rounds' indices, 0-based, in order. */
    public ObservableList<Integer> rounds() {
        return rounds;
    }

    /** The round the wizard shows, or -1 with no application open. */
    public int shown() {
        return document.isOpen() ? document.roundIndex() : -1;
    }

    /** "Round 2 of 3, 4 December 2026", or null for an index the open notes do not have. */
    public String label(Integer index) {
        if (index == null || !document.isOpen() || index < 0 || index >= document.notes().rounds().size()) {
            return null;
        }
        Round round = document.notes().rounds().get(index);
        return i18n.get("round.label", index + 1, document.notes().rounds().size(),
                LetterDates.longDate(round.date(), i18n.language()));
    }

    /** Shows the chosen round, unless it is already shown. */
    public void choose(Integer index) {
        if (index != null && document.isOpen() && index != document.roundIndex()
                && index >= 0 && index < document.notes().rounds().size()) {
            document.showRound(index);
        }
    }
}
