package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.mail.EmailText;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user typed "references by 5 Dec" and set the date too: the letter said "… by 5 Dec by 5 December". */
class TypedDueDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "references by 5 Dec|references",
            "references by 5th December 2026|references",
            "references, by Saturday 5 December|references",
            "references before December 5|references",
            "references on 05/12|references",
            "references (by 2026-12-05)|references",
            "referanser innen 5. des.|referanser",
            "referanser innen lørdag 5. desember|referanser",
            "referanser til 5.12|referanser",
            "referanser senest 5.12.2026|referanser",
            "to referanser før 5. desember, fra tidligere sjefer|to referanser, fra tidligere sjefer"})
    void theDueDateTypedInTheTextIsLeftOut(String typed, String kept) {
        assertThat(TypedDueDate.without(typed, DUE)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "references by 6 Dec",
            "referanser innen 5. januar",
            "the 5 best results of 2025",
            "versjon 4.12 av planen",
            "references by Friday"})
    void anyOtherDateOrNumberStays(String typed) {
        assertThat(TypedDueDate.without(typed, DUE)).isEqualTo(typed);
    }

    @Test
    void onlyTheDateTypedLeavesTheKindsOwnWords() {
        assertThat(TypedDueDate.without("by 5 December", DUE)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EN|references by 5 Dec|5\u00a0December",
            "NB|referanser innen 5. des.|5.\u00a0desember"})
    void theLetterSaysTheDateOnce(Language language, String typed, String date) {
        Round round = Round.empty(TODAY).withStage(Stage.SPONSOR).withEvidence(List.of(
                new Evidence(EvidenceKind.REFERENCES, typed, DUE, null, Extras.NONE)));
        Notes notes = new Notes(1, language, null, null, null, null, List.of(round), null, null);
        String letter = EmailText.of(new LetterComposer(new TemplateLibrary(null)).compose(notes, 0, TODAY));

        assertThat(letter).contains(date);
        assertThat(letter.split(date, -1)).as("the date once: " + letter).hasSize(2);
        assertThat(letter).doesNotContain("5 Dec ").doesNotContain("5. des.");
    }
}
