package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Candidate;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Owner;
import app.followup.model.Role;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.pasted.NotedPerson;
import app.followup.pasted.SortedNotes;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Type or paste your notes…" from the window's command, without the toolkit: the pages take the notes, the letter shows. */
class PasteNotesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final SortedNotes FJORDKRAFT = new SortedNotes("Fjordkraft Solutions", LocalDate.of(2026, 11, 28),
            List.of(new NotedPerson("Hans Petter", "salgsdir.", Role.SPONSOR),
                    new NotedPerson("Ingrid", "adm. dir.", Role.DECISION_MAKER)),
            "Vi vokser ikke i bedriftsmarkedet.",
            List.of("KAM-ene selger pris, ikke rådgivning", "Ingen kontoplaner", "CRM brukes nesten ikke"),
            List.of("Marginen faller"), "En KAM som får de 30 største kundene til å kjøpe energirådgivning.",
            "Ingrid", List.of("Hans Petter anbefaler"),
            List.of(Evidence.of(EvidenceKind.REFERENCES, "to referanser")),
            Step.of("sende 90-dagersplanen", LocalDate.of(2026, 12, 3), Owner.ME), List.of("Kaffe i kantina"));

    private final FakeDialogs dialogs = new FakeDialogs();
    private final MainViewModel main = TestWindow.norwegian().dialogs(dialogs).today(TODAY).build();
    private final List<String> sorted = new ArrayList<>();

    PasteNotesTest() {
        dialogs.candidate = new Candidate("Kari Nordmann", "kari@example.no", null, List.of(), Extras.NONE);
        main.sortPastedNotesWith((text, language, around) -> {
            sorted.add(text + "|" + language + "|" + around);
            return FJORDKRAFT;
        });
        main.newApplication();
    }

    private <T> T page(Class<T> type) {
        return type.cast(main.wizard().pages().stream().filter(type::isInstance).findFirst().orElseThrow());
    }

    @Test
    void theNotesFillThePagesAndTheWizardGoesToTheChallenge() {
        assertThat(page(ChallengePageViewModel.class).notesStillToWrite().get())
                .as("a new application: the notes box is the way in, its button stands out").isTrue();
        assertThat(page(InterviewPageViewModel.class).notesStillToWrite().get()).isTrue();
        dialogs.pastedNotesAnswer = notes -> {
            notes.pasted.set("Hvorfor: KAM-ene selger pris");
            return true;
        };
        main.pasteNotes();

        assertThat(sorted).as("the letter's language, and the round's day to give dates their year")
                .containsExactly("Hvorfor: KAM-ene selger pris|NB|" + TODAY);
        assertThat(page(InterviewPageViewModel.class).employer.get()).isEqualTo("Fjordkraft Solutions");
        assertThat(page(InterviewPageViewModel.class).date.get()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(page(InterviewPageViewModel.class).stage.get()).isEqualTo(Stage.DECISION_MAKER);
        assertThat(page(ParticipantsPageViewModel.class).participants().rows()).extracting(r -> r.name.get())
                .containsExactly("Hans Petter", "Ingrid");
        assertThat(page(ChallengePageViewModel.class).challenge.get()).isEqualTo("Vi vokser ikke i bedriftsmarkedet.");
        assertThat(page(ChallengePageViewModel.class).causes.get())
                .isEqualTo("KAM-ene selger pris, ikke rådgivning\nIngen kontoplaner\nCRM brukes nesten ikke");
        assertThat(page(ChallengePageViewModel.class).consequences.get()).isEqualTo("Marginen faller");
        assertThat(page(VisionPageViewModel.class).vision.get()).startsWith("En KAM som får");
        assertThat(page(DecisionPageViewModel.class).decisionMaker.get()).isEqualTo("Ingrid");
        assertThat(page(DecisionPageViewModel.class).steps.get()).isEqualTo("Hans Petter anbefaler");
        assertThat(page(NextStepPageViewModel.class).what.get()).isEqualTo("sende 90-dagersplanen");
        assertThat(page(NextStepPageViewModel.class).date.get()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(page(PrivatePageViewModel.class).roundNotes.get()).isEqualTo("Kaffe i kantina");
        assertThat(main.document().round().evidence()).extracting(Evidence::detail).containsExactly("to referanser");

        assertThat(main.wizard().onLetterPage()).as("the letter made from them, not six pages away").isTrue();
        assertThat(page(ChallengePageViewModel.class).notesStillToWrite().get()).as("written: the button is plain")
                .isFalse();
        assertThat(main.document().dirtyProperty().get()).as("unsaved, like any edit").isTrue();
        assertThat(main.statusProperty().get()).isEqualTo("Fylt ut fra notatene dine: arbeidsgiver, intervjudato, "
                + "2 personer, utfordring, 3 årsaker, 1 konsekvens, ansettelsesvisjon, beslutningstager, "
                + "1 steg i beslutningsprosessen, 1 dokumentasjonskrav, neste steg, "
                + "1 linje lagt i de private notatene, og et forslag til fremdriftsplan på Neste steg (datoene "
                + "FollowUp foreslår, er merket). Brevet er laget av dem: les det, og rett det som trengs på siden "
                + "det kom fra.");
        assertThat(main.document().round().milestones()).as("the decision maker was in the room: a plan to a decision")
                .extracting(Step::what).last().asString().startsWith("Beslutning");
    }

    @Test
    void aRoundWithAPlanKeepsIt() {
        dialogs.pastedNotesAnswer = notes -> {
            notes.pasted.set("Hvorfor: KAM-ene selger pris");
            return true;
        };
        List<Step> own = List.of(Step.of("Presentasjon for ledergruppen", LocalDate.of(2026, 12, 10), Owner.ME));
        main.document().update(n -> n.withRound(0, n.lastRound().withMilestones(own)));
        main.pasteNotes();
        assertThat(main.document().round().milestones()).extracting(Step::what)
                .containsExactly("Presentasjon for ledergruppen");
        assertThat(main.statusProperty().get()).doesNotContain("fremdriftsplan");
    }

    @Test
    void aRoundWithoutTheDecisionMakerGetsNoSuggestedPlan() {
        dialogs.pastedNotesAnswer = notes -> {
            notes.pasted.set("Hvorfor: KAM-ene selger pris");
            return true;
        };
        main.sortPastedNotesWith((text, language, around) -> new SortedNotes(null, null,
                List.of(new NotedPerson("Hans Petter", "salgsdir.", Role.SPONSOR)), "Vi vokser ikke.", List.of(),
                List.of(), null, null, List.of(), List.of(), null, List.of()));
        main.pasteNotes();
        assertThat(main.document().round().stage()).isEqualTo(Stage.SPONSOR);
        assertThat(main.document().round().milestones()).as("a sponsor's letter carries no plan").isEmpty();
    }

    @Test
    void inEnglishTheStatusLineCountsInEnglish() {
        main.i18n().localeProperty().set(app.followup.ui.common.I18n.ENGLISH);
        dialogs.pastedNotesAnswer = notes -> {
            notes.pasted.set("Why: they sell on price");
            return true;
        };
        main.pasteNotes();
        assertThat(main.statusProperty().get()).startsWith("Filled in from your notes: employer, interview date, "
                + "2 people, challenge, 3 causes, 1 consequence, hiring vision, decision maker, 1 decision step, "
                + "1 piece of evidence, next step, 1 line kept in your private notes, and a suggested plan to a "
                + "decision on Next step (the dates FollowUp proposes are marked).");
    }

    @Test
    void cancelledTheDialogChangesNothing() {
        var before = main.document().notes();
        main.wizard().goTo(0);
        dialogs.pastedNotesAnswer = notes -> {
            notes.pasted.set("Hvorfor: KAM-ene selger pris");
            return false;
        };
        main.pasteNotes();
        assertThat(dialogs.asked).contains("pasteNotes");
        assertThat(main.document().notes()).isSameAs(before);
        assertThat(main.wizard().currentProperty().get()).isZero();
        assertThat(main.statusProperty().get()).doesNotStartWith("Fylt ut");
    }

    @Test
    void withNoApplicationOpenNothingIsAsked() {
        MainViewModel closed = TestWindow.norwegian().dialogs(dialogs).today(TODAY).build();
        dialogs.asked.clear();
        closed.pasteNotes();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void theRoundsNotesInTheOtherLanguageAreSortedWithTheLettersLanguage() {
        main.document().update(n -> n.withLanguage(Language.EN));
        dialogs.pastedNotesAnswer = notes -> {
            notes.pasted.set("Why: price");
            return true;
        };
        main.pasteNotes();
        assertThat(sorted).containsExactly("Why: price|EN|" + TODAY);
    }
}
