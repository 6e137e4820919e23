package app.followup.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.Candidate;
import app.followup.model.Language;
import app.followup.model.Stage;
import app.followup.ui.Document;
import app.followup.ui.FakeDialogs;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The round selector and the page list's lines, decided in view-models the window only binds to. */
class RoundsViewModelTest {
    private final Document document = new Document();
    private final I18n i18n = new I18n(I18n.ENGLISH);

    @Test
    void oneEntryPerRoundLabelledInTheWindowsLanguageAndChoosingShowsIt() {
        RoundsViewModel rounds = new RoundsViewModel(document, i18n);
        assertThat(rounds.rounds()).isEmpty();
        assertThat(rounds.shown()).isEqualTo(-1);
        document.opened(Samples.load(Samples.NORDLYS), Samples.NORDLYS, LocalDate.of(2026, 11, 26));
        document.addRound(LocalDate.of(2026, 12, 4), Stage.DECISION_MAKER);
        assertThat(rounds.rounds()).containsExactly(0, 1);
        assertThat(rounds.shown()).isEqualTo(1);
        assertThat(rounds.label(0)).isEqualTo("Round 1 of 2, 26\u00a0November 2026");
        i18n.localeProperty().set(I18n.NORWEGIAN);
        assertThat(rounds.label(1)).isEqualTo("Runde 2 av 2, 4.\u00a0desember 2026");
        assertThat(rounds.label(2)).as("a round the notes do not have").isNull();

        rounds.choose(0);
        assertThat(document.roundIndex()).isZero();
        rounds.choose(7);
        assertThat(document.roundIndex()).as("no such round: the shown one stays").isZero();
    }

    @Test
    void anEditInsideARoundKeepsTheListAsItIs() {
        RoundsViewModel rounds = new RoundsViewModel(document, i18n);
        document.opened(Samples.load(Samples.NORDLYS), Samples.NORDLYS, LocalDate.of(2026, 11, 26));
        List<Integer> before = rounds.rounds();
        int[] changes = {0};
        rounds.rounds().addListener((ListChangeListener<Integer>) c -> changes[0]++);
        new ChallengePageViewModel(document).challenge.set("Noe annet");
        assertThat(changes[0]).isZero();
        assertThat(rounds.rounds()).isSameAs(before).containsExactly(0);
    }

    @Test
    void aPageLineSaysWhetherThePageIsFilledIn() {
        InterviewPageViewModel interview = new InterviewPageViewModel(document, new ParticipantsPageViewModel(
                document, new FakeDialogs(), new BackgroundRunner.Immediate(), LocalDate::now));
        ChallengePageViewModel challenge = new ChallengePageViewModel(document);
        WizardViewModel wizard = new WizardViewModel(List.of(interview, challenge), i18n);
        document.startNew(Candidate.EMPTY, Language.EN,
                LocalDate.of(2026, 11, 27));
        assertThat(wizard.pageLabel(1).get()).isEqualTo("○  2. Challenge");
        challenge.challenge.set("The partner channel is not growing");
        assertThat(wizard.pageLabel(1).get()).isEqualTo("✓  2. Challenge");
        i18n.localeProperty().set(I18n.NORWEGIAN);
        assertThat(wizard.pageLabel(1).get()).isEqualTo("✓  2. Utfordring");
        assertThat(wizard.onLetterPage()).isFalse();
        wizard.next();
        assertThat(wizard.onLetterPage()).as("the last page is the letter's").isTrue();
    }
}
