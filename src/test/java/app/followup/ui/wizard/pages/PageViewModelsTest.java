package app.followup.ui.wizard.pages;

import app.followup.TestNotes;
import app.followup.model.Extras;
import app.followup.model.Participant;
import app.followup.ui.Document;
import app.followup.ui.FakeDialogs;
import app.followup.advice.Advice;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.UserStore;
import java.util.function.Consumer;
import app.followup.ui.wizard.AdviceViewModel;
import app.followup.ui.wizard.WizardViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Candidate;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import app.followup.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import app.followup.model.Round;
import app.followup.model.DecisionProcess;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each page's fields, validation and "filled in" flag, over the shared document, without the toolkit. */
public class PageViewModelsTest {
    private static final LocalDate OPENED_ON = LocalDate.of(2026, 11, 26);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Document document = new Document();
    private final I18n i18n = new I18n(I18n.NORWEGIAN);

    private void openSample() {
        document.opened(Samples.load(Samples.NORDLYS), Samples.NORDLYS, OPENED_ON);
    }

    private void startEmpty() {
        document.startNew(Candidate.EMPTY, Language.NB, LocalDate.of(2026, 11, 27));
    }

    @Test
    void interviewNeedsADateAndIsFilledWithEmployerAndPosition() {
        InterviewPageViewModel vm = new InterviewPageViewModel(document, new ParticipantsPageViewModel(document,
                new FakeDialogs(), new BackgroundRunner.Immediate(), () -> TODAY));
        startEmpty();
        assertThat(vm.valid().get()).isTrue();
        assertThat(vm.filled().get()).isFalse();
        vm.employer.set("Nordlys");
        vm.position.set("KAM");
        assertThat(vm.filled().get()).isTrue();
        assertThat(document.notes().employer().name()).isEqualTo("Nordlys");
        assertThat(document.dirtyProperty().get()).isTrue();
        vm.date.set(null);
        assertThat(vm.valid().get()).isFalse();
        assertThat(document.round().date()).as("the file keeps its last date").isEqualTo(LocalDate.of(2026, 11, 27));
        vm.language.set(Language.EN);
        assertThat(document.notes().language()).isEqualTo(Language.EN);
    }

    @Test
    void emptyTextIsStoredAsMissingAndLinesDropBlanks() {
        ChallengePageViewModel vm = new ChallengePageViewModel(document);
        openSample();
        vm.challenge.set("   ");
        assertThat(document.round().challenge()).isNull();
        vm.causes.set("Første\n\n  Andre  \n");
        assertThat(document.round().causes()).containsExactly("Første", "Andre");
        assertThat(vm.filled().get()).isFalse();
    }

    @Test
    void participantsNeedNamesAndRealEmailsAndKeepUnknownFields() {
        ParticipantsPageViewModel vm = new ParticipantsPageViewModel(document, new FakeDialogs(),
                new BackgroundRunner.Immediate(), () -> TODAY);
        startEmpty();
        ParticipantRow first = vm.add();
        assertThat(first.role.get()).isEqualTo(Role.SPONSOR);
        assertThat(first.addressee.get()).isTrue();
        assertThat(vm.valid().get()).as("a row without a name").isFalse();
        first.name.set("Ola Hansen");
        first.email.set("ola@nordlys");
        assertThat(first.emailOk.get()).isFalse();
        assertThat(vm.valid().get()).isFalse();
        first.email.set("ola.hansen@nordlys.example");
        assertThat(vm.valid().get()).isTrue();
        ParticipantRow second = vm.add();
        assertThat(second.role.get()).as("no part in the method assumed: a new user got Gatekeeper for everyone")
                .isEqualTo(Role.OTHER);
        assertThat(second.addressee.get()).isFalse();
        second.name.set("Eva Berg");
        vm.participants().move(second, -1);
        assertThat(document.round().participants()).extracting(p -> p.name()).containsExactly("Eva Berg", "Ola Hansen");
        vm.participants().remove(second);
        assertThat(document.round().participants()).singleElement()
                .satisfies(p -> assertThat(p.email()).isEqualTo("ola.hansen@nordlys.example"));
    }

    @Test
    void rowsKeepFieldsTheWindowDoesNotShow() {
        ParticipantsPageViewModel vm = new ParticipantsPageViewModel(document, new FakeDialogs(),
                new BackgroundRunner.Immediate(), () -> TODAY);
        var withExtras = new Participant("Ola", null, null, null, Role.SPONSOR, null, "Olav",
                new Extras(Map.of("linkedIn", "\"x\"")));
        document.opened(TestNotes.nordlys().lastRound(round -> round.withParticipants(List.of(withExtras))).build(),
                null, OPENED_ON);
        vm.participants().rows().get(0).title.set("Salgsdirektør");
        assertThat(document.round().participants().get(0).extras().rawJson()).containsEntry("linkedIn", "\"x\"");
        assertThat(document.round().participants().get(0).addressee()).as("an untouched box stays unsaid").isNull();
        assertThat(document.round().participants().get(0).greetingName()).isEqualTo("Olav");
    }

    @Test
    void editingAnEvidenceRowKeepsItsPromisedAndDeliveredDays() {
        DecisionPageViewModel vm = new DecisionPageViewModel(document);
        Round round = Samples.load(Samples.NORDLYS).rounds().get(0);
        var due = LocalDate.of(2026, 12, 1);
        var delivered = LocalDate.of(2026, 11, 30);
        var promised = Evidence.of(EvidenceKind.REFERENCES, "To referanser")
                .withDue(due).withDelivered(delivered);
        document.opened(Samples.load(Samples.NORDLYS).withRound(0, round.withEvidence(List.of(promised))), null,
                OPENED_ON);
        vm.evidence().rows().get(0).detail.set("Tre referanser");
        assertThat(document.round().evidence().get(0)).extracting(e -> e.detail(), e -> e.due(), e -> e.delivered())
                .containsExactly("Tre referanser", due, delivered);
    }

    @Test
    void theProgressPlanAppliesToDecisionMakerRoundsEvenWhenThePageIsMadeLater() {
        document.opened(Samples.load(Samples.VESTLAND), Samples.VESTLAND, OPENED_ON);
        NextStepPageViewModel vm = new NextStepPageViewModel(document, new FakeDialogs(), () -> TODAY);
        assertThat(vm.planApplies().get()).isTrue();
        document.showRound(0);
        assertThat(vm.planApplies().get()).isFalse();
    }

    @Test
    void theNextStepAndADateMissing() {
        NextStepPageViewModel vm = new NextStepPageViewModel(document, new FakeDialogs(), () -> TODAY);
        openSample();
        assertThat(vm.what.get()).startsWith("Jeg ringer deg");
        assertThat(vm.filled().get()).isTrue();
        vm.date.set(null);
        assertThat(vm.dateMissing.get()).isTrue();
        assertThat(document.round().nextStep().date()).isNull();
        vm.what.set("");
        assertThat(document.round().nextStep()).as("an empty next step is no next step").isNull();
    }

    @Test
    void aSuggestedPlanFollowsTheNotesInTheLettersLanguageAndAsksBeforeReplacingAnEditedOne() {
        FakeDialogs dialogs = new FakeDialogs();
        NextStepPageViewModel vm = new NextStepPageViewModel(document, dialogs, () -> TODAY);
        document.opened(Samples.load(Samples.VESTLAND), Samples.VESTLAND, OPENED_ON);
        vm.milestones().rows().clear();
        vm.suggestPlan();
        List<Step> plan = document.round().milestones();
        assertThat(plan).isNotEmpty();
        assertThat(plan).extracting(Step::date).isSorted().allMatch(d -> d.getDayOfWeek().getValue() <= 5);
        assertThat(plan).extracting(Step::what)
                .as("Norwegian like the letter; no meeting with the decision maker already met")
                .noneMatch(what -> what.toLowerCase().contains("møte med"))
                .anyMatch(what -> what.startsWith("Beslutning") || what.contains("ilbud"));
        assertThat(plan).extracting(Step::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(dialogs.asked).as("nothing edited yet: no question").isEmpty();

        vm.milestones().rows().get(0).what.set("Lunsj med teamet");
        vm.suggestPlan();
        assertThat(dialogs.asked).containsExactly("replace-plan");
        assertThat(document.round().milestones().get(0).what()).as("kept").isEqualTo("Lunsj med teamet");
        dialogs.replacePlanAnswer = true;
        vm.suggestPlan();
        assertThat(document.round().milestones()).extracting(Step::what).doesNotContain("Lunsj med teamet");
    }

    /**
     * Testers could not tell the days the suggestion proposed from the days in their notes, and sent a recruiter's
     * date nobody had agreed: a proposed day is marked until the user sets it; a promised one never is.
     */
    @Test
    void aSuggestedPlanMarksTheDaysItProposedUntilTheUserSetsThem() {
        NextStepPageViewModel vm = new NextStepPageViewModel(document, new FakeDialogs(), () -> TODAY);
        document.opened(Samples.load(Samples.VESTLAND), Samples.VESTLAND, OPENED_ON);
        document.update(n -> n.withRound(n.rounds().size() - 1, n.lastRound()
                .withEvidence(List.of(n.lastRound().evidence().get(0).withDue(null)))));
        vm.milestones().rows().clear();
        assertThat(vm.proposedDates().get()).isFalse();
        vm.suggestPlan();

        List<MilestoneRow> rows = vm.milestones().rows();
        assertThat(rows).as("every day of this plan is proposed: the notes promise nothing dated")
                .allMatch(row -> row.proposedDate.get());
        assertThat(vm.proposedDates().get()).isTrue();
        rows.forEach(row -> row.date.set(row.date.get().plusDays(1)));
        assertThat(rows).as("set by the user").noneMatch(row -> row.proposedDate.get());
        assertThat(vm.proposedDates().get()).isFalse();

        document.update(n -> n.withRound(n.rounds().size() - 1, n.lastRound()
                .withDecisionProcess(new DecisionProcess("Anders Vik", List.of("Referansesjekk",
                        "Anders bestemmer seg innen fredag 18. desember"), null))
                .withMilestones(List.of())));
        vm.milestones().rows().clear();
        vm.suggestPlan();
        assertThat(vm.milestones().rows()).as("the decision keeps the day typed in its step")
                .filteredOn(row -> LocalDate.of(2026, 12, 18).equals(row.date.get()))
                .isNotEmpty().noneMatch(row -> row.proposedDate.get());
        assertThat(vm.milestones().rows()).as("the employer's steps after them are proposed")
                .anyMatch(row -> row.proposedDate.get());
    }

    /** A tester reworded a decision step after *Suggest a plan*; the milestone copied from it kept the old words. */
    @Test
    void anUntouchedSuggestedPlanFollowsTheDecisionStepsAnEditedOneStays() {
        NextStepPageViewModel vm = new NextStepPageViewModel(document, new FakeDialogs(), () -> TODAY);
        DecisionPageViewModel decision = new DecisionPageViewModel(document);
        document.opened(Samples.load(Samples.VESTLAND), Samples.VESTLAND, OPENED_ON);
        vm.milestones().rows().clear();
        decision.steps.set("Referansesjekk, Marte tar referansene");
        vm.suggestPlan();
        List<String> ids = document.round().milestones().stream().map(Step::id).toList();
        assertThat(document.round().milestones()).extracting(Step::what).contains("Referansesjekk, Marte tar referansene");

        decision.steps.set("Referansesjekk ved Marte");
        assertThat(document.round().milestones()).extracting(Step::what).contains("Referansesjekk")
                .doesNotContain("Referansesjekk, Marte tar referansene");
        assertThat(document.round().milestones()).extracting(Step::id).as("the same rows, the same calendar events")
                .containsExactlyElementsOf(ids);

        vm.milestones().rows().get(0).what.set("Lunsj med teamet");
        decision.steps.set("Referansesjekk ved Marte i Rekruttpartner");
        assertThat(document.round().milestones()).extracting(Step::what).as("the user's plan is the user's")
                .containsExactly("Lunsj med teamet", "Beslutning om ansettelse");
    }

    @Test
    void theirWordsCanBeAddedFromSelectedTextOnce() {
        TermsPageViewModel vm = new TermsPageViewModel(document);
        openSample();
        vm.addTheirWord("  porteføljen ");
        vm.addTheirWord("Porteføljen");
        vm.addTheirWord(" ");
        assertThat(document.round().terminology()).extracting(t -> t.theirs())
                .containsExactly("partnere", "KAM-rollen", "porteføljen");
        vm.terms().rows().get(2).avoid.set("kundene,  kundebasen ,");
        assertThat(document.round().terminology().get(2).avoid()).containsExactly("kundene", "kundebasen");
    }

    @Test
    void privateNotesAndTheMatchCheck() {
        PrivatePageViewModel vm = new PrivatePageViewModel(document);
        openSample();
        assertThat(vm.interestFit.get()).isEqualTo(4);
        vm.interestFit.set(2);
        vm.salary.set("900 000");
        assertThat(document.notes().privateNotes().interestFit()).isEqualTo(2);
        assertThat(document.notes().privateNotes().salaryExpectation()).isEqualTo("900 000");
        assertThat(document.notes().privateNotes().coreTask()).isEqualTo("Utvikle de 40 største partnerne");
    }

    @Test
    void theLetterFollowsTheNotesUntilTheUserEditsIt() {
        List<String> status = new ArrayList<>();
        LetterPageViewModel vm = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), status::add);
        ChallengePageViewModel challenge = new ChallengePageViewModel(document);
        openSample();
        assertThat(vm.body.get()).contains("Partnerkanalen vokser ikke i takt med markedet.");

        challenge.challenge.set("Ingen eier partnerkanalen");
        assertThat(vm.body.get()).contains("Ingen eier partnerkanalen. Slik jeg forstår det");
        assertThat(document.round().letter()).as("following the notes is not an edit").isNull();

        vm.body.set(vm.body.get().replace("Hei Ola,", "Kjære Ola,"));
        assertThat(document.round().letter().body()).startsWith("Kjære Ola,");
        assertThat(vm.editedBinding().get()).isTrue();
        challenge.challenge.set("Noe helt annet");
        assertThat(vm.body.get()).as("an edit is kept").startsWith("Kjære Ola,").doesNotContainIgnoringCase("Noe helt annet");

        vm.sent().markSent();
        assertThat(document.round().letter().sentOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(vm.sent().sentText().get()).isEqualTo("Sendt 26.\u00a0november. Dette er brevet slik det ble sendt.");
        assertThat(vm.filled().get()).isTrue();

        vm.sent().editAnyway();
        assertThat(vm.sent().sentText().get()).isEqualTo("Sendt 26.\u00a0november");
        vm.backToGenerated();
        assertThat(vm.body.get()).startsWith("Hei Ola,").contains("noe helt annet");
        assertThat(document.round().letter().body()).isNull();
        assertThat(document.round().letter().sentOn()).as("the sent mark stays").isNotNull();

        assertThat(vm.canUndoBackToGenerated().get()).isTrue();
        vm.undoBackToGenerated();
        assertThat(vm.body.get()).as("the edit is back").startsWith("Kjære Ola,");
        assertThat(document.round().letter().body()).startsWith("Kjære Ola,");
        assertThat(vm.canUndoBackToGenerated().get()).isFalse();

        vm.sent().unmarkSent();
        assertThat(document.round().letter().sentOn()).isNull();
        assertThat(vm.sent().sentText().get()).isEmpty();
    }

    @Test
    void aThrownAwayEditCannotBeBroughtBackIntoASentLetterNorIntoAFileOpenedAgain() {
        LetterPageViewModel vm = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), s -> { });
        openSample();
        vm.body.set(vm.body.get().replace("Hei Ola,", "Kjære Ola,"));
        vm.backToGenerated();
        assertThat(vm.canUndoBackToGenerated().get()).isTrue();

        vm.sent().markSent();
        assertThat(vm.canUndoBackToGenerated().get()).as("not offered on the letter as sent").isFalse();
        vm.undoBackToGenerated();
        assertThat(vm.body.get()).as("the sent letter is unchanged").startsWith("Hei Ola,");

        vm.sent().unmarkSent();
        assertThat(vm.canUndoBackToGenerated().get()).isTrue();
        openSample();
        assertThat(vm.canUndoBackToGenerated().get()).as("not offered in a file opened again").isFalse();
    }

    @Test
    void backToTheGeneratedLetterAsksFirstAndKeepsTheEditWhenTheAnswerIsNo() {
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.discardEditAnswer = false;
        LetterPageViewModel vm = letterPage(dialogs, LocalDate.of(2026, 11, 26), s -> { });
        openSample();
        vm.backToGenerated();
        assertThat(dialogs.asked).as("nothing to throw away: no question").isEmpty();
        vm.body.set(vm.body.get().replace("Hei Ola,", "Kjære Ola,"));
        vm.backToGenerated();
        assertThat(dialogs.asked).containsExactly("discard-edit");
        assertThat(vm.body.get()).startsWith("Kjære Ola,");
        assertThat(vm.canUndoBackToGenerated().get()).isFalse();
    }

    @Test
    void thePdfPageIsDrawnAndOnlyTheNewestRequestShows() {
        LetterPageViewModel vm = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), s -> { });
        openSample();
        vm.refreshPreview();
        assertThat(vm.preview().pagesProperty().get().count()).isEqualTo(1);
        assertThat(vm.preview().pagesProperty().get().pages().get(0).width()).as("A4 at 72 dpi until a zoom asks").isEqualTo(595);
        assertThat(vm.preview().pagesProperty().get().pages().get(0).height()).isBetween(841, 842);
        assertThat(vm.email().text()).isEqualTo(Samples.resource("golden/nb-sponsor.txt"));
        assertThat(vm.email().mailtoUri()).startsWith("mailto:ola.hansen@nordlys.example?cc=");
    }

    @Test
    void draftsAndRemindersAreSavedOffTheWindowThread(@TempDir Path folder)
            throws Exception {
        List<String> status = new ArrayList<>();
        LetterPageViewModel vm = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), status::add);
        document.opened(Samples.load(Samples.VESTLAND), Samples.VESTLAND, OPENED_ON);
        vm.exports().saveEmailDraft(folder.resolve("brev.eml"));
        vm.exports().saveReminders(folder.resolve("steg.ics"));
        assertThat(Files.readString(folder.resolve("brev.eml"))).contains("X-Unsent: 1");
        assertThat(Files.readString(folder.resolve("steg.ics"))).contains("BEGIN:VEVENT");
        assertThat(status).containsExactly(
                "E-postutkastet er lagret: brev.eml. Åpne det i e-postprogrammet for å sende det.",
                "3 påminnelser lagret: steg.ics. Åpne filen for å legge dem inn i kalenderen.");
    }

    @Test
    void oneLetterPerParticipantWritesAPdfAndADraftForEach(@TempDir Path folder)
            throws Exception {
        List<String> status = new ArrayList<>();
        LetterPageViewModel vm = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), status::add);
        openSample();
        vm.exports().saveOnePerParticipant(folder);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Eva Berg.eml",
                    "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Eva Berg.pdf",
                    "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Ola Hansen.eml",
                    "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Ola Hansen.pdf",
                    "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Per Li.eml",
                    "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Per Li.pdf");
        }
        String eva = Files.readString(folder.resolve(
                "Oppsummering-etter-samtalen-26-november-Key-Account-Manager - Eva Berg.eml"));
        assertThat(eva).contains("To: Eva Berg <eva.berg@nordlys.example>").doesNotContain("Cc:");
        assertThat(status).containsExactly("3 brev lagret som PDF og e-postutkast i " + folder.getFileName() + ".");
    }

    @Test
    void theDeadlineBannerUntilTheLetterIsSent() {
        LetterPageViewModel letter = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 30), s -> { });
        AdviceViewModel advice = new AdviceViewModel(document, letter, () -> LocalDate.of(2026, 11, 30), i18n,
                new BackgroundRunner.Immediate());
        openSample();
        assertThat(advice.deadline().get()).startsWith("Brevet er forsinket: det skulle vært sendt senest 27. november");
        assertThat(advice.overdue()).isTrue();
        letter.sent().markSent();
        assertThat(advice.deadline().get()).isEmpty();
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(advice.advice()).extracting(a -> a.code().key()).doesNotContain("letter-overdue");
    }

    @Test
    void theChecklistCountsPagesFromThePreviewNotAtEveryKeystroke() {
        LetterPageViewModel letter = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), s -> { });
        AdviceViewModel advice = new AdviceViewModel(document, letter, () -> LocalDate.of(2026, 11, 26), i18n,
                new BackgroundRunner.Immediate());
        openSample();
        assertThat(letter.body.get()).as("read, as the window's text area does").startsWith("Hei Ola,");
        letter.body.set("Hei Ola,\n\n" + "Et langt avsnitt om partnerne og kanalen.\n\n".repeat(60));
        assertThat(advice.advice()).as("no preview of this letter yet").extracting(a -> a.code().key())
                .doesNotContain("letter-over-one-page");
        letter.refreshPreview();
        assertThat(advice.advice()).extracting(a -> a.code().key()).contains("letter-over-one-page");
        letter.body.set("Hei Ola,\n\nKort og godt om partnerne.");
        assertThat(advice.advice()).as("the count belonged to the longer letter").extracting(a -> a.code().key())
                .doesNotContain("letter-over-one-page");
        letter.refreshPreview();
        assertThat(advice.advice()).extracting(a -> a.code().key()).doesNotContain("letter-over-one-page");
    }

    @Test
    void keystrokesDoNotWaitForTheChecksAndTheChecklistFollowsTheNewestLetter() {
        LetterPageViewModel letter = letterPage(new FakeDialogs(), LocalDate.of(2026, 11, 26), s -> { });
        QueuedRunner queued = new QueuedRunner();
        AdviceViewModel advice = new AdviceViewModel(document, letter, () -> LocalDate.of(2026, 11, 26), i18n, queued);
        AdviceViewModel atOnce = new AdviceViewModel(document, letter, () -> LocalDate.of(2026, 11, 26), i18n,
                new BackgroundRunner.Immediate());
        openSample();
        assertThat(advice.advice()).as("a file just opened is checked at once").isEqualTo(atOnce.advice())
                .extracting(a -> a.code().key()).doesNotContain("term-avoided");
        List<Advice> opened = List.copyOf(advice.advice());
        assertThat(letter.body.get()).as("read, as the window's text area does").startsWith("Hei Ola,");

        letter.body.set("Hei Ola,\n\nVi snakket om kunder.");
        assertThat(atOnce.advice()).extracting(a -> a.code().key()).contains("term-avoided");
        assertThat(advice.advice()).as("not yet checked").isEqualTo(opened);
        letter.body.set("Hei Ola,\n\nVi snakket om kunder i nord.");
        letter.body.set("Hei Ola,\n\nVi snakket om partnere i nord.");
        queued.runAll();

        assertThat(queued.ran).as("the keystrokes typed during a check are checked together").isEqualTo(2);
        assertThat(advice.advice()).isEqualTo(atOnce.advice()).extracting(a -> a.code().key())
                .doesNotContain("term-avoided");
    }

    /** Background work that waits until the test runs it. */
    private static final class QueuedRunner implements BackgroundRunner {
        private final ArrayDeque<Runnable> jobs = new java.util.ArrayDeque<>();
        int ran;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone,
                            Consumer<Throwable> onError) {
            jobs.add(() -> {
                try {
                    onDone.accept(work.call());
                } catch (Exception e) {
                    onError.accept(e);
                }
            });
        }

        @Override
        public void later(Runnable work, long delayMillis) {
            jobs.add(work);
        }

        void runAll() {
            while (!jobs.isEmpty()) {
                ran++;
                jobs.poll().run();
            }
        }
    }

    @Test
    void theWizardMovesOnlyToValidNextPagesButJumpsFreely() {
        ParticipantsPageViewModel participants = new ParticipantsPageViewModel(document, new FakeDialogs(),
                new BackgroundRunner.Immediate(), () -> TODAY);
        InterviewPageViewModel interview = new InterviewPageViewModel(document, participants);
        ChallengePageViewModel challenge = new ChallengePageViewModel(document);
        WizardViewModel wizard = new WizardViewModel(List.of(interview, participants, challenge), i18n);
        startEmpty();
        assertThat(wizard.canGoBackBinding().get()).isFalse();
        wizard.next();
        assertThat(wizard.currentProperty().get()).isEqualTo(1);
        ParticipantRow row = participants.add();
        assertThat(wizard.canGoNextBinding().get()).as("nothing said against the row yet").isTrue();
        wizard.next();
        assertThat(wizard.currentProperty().get()).isEqualTo(1);
        assertThat(row.nameProblem.get()).as("said when the user tries to move on").isTrue();
        assertThat(participants.refusedForProperty().get()).isSameAs(row);
        row.name.set("Ola");
        row.email.set("ola@nordlys");
        assertThat(wizard.canGoNextBinding().get()).as("an address still being typed").isTrue();
        wizard.next();
        assertThat(wizard.currentProperty().get()).isEqualTo(1);
        assertThat(row.emailProblem.get()).isTrue();
        row.email.set("ola@nordlys.example");
        wizard.next();
        assertThat(wizard.currentProperty().get()).isEqualTo(2);
        assertThat(wizard.canGoNextBinding().get()).as("the last page").isFalse();
        wizard.goTo(0);
        assertThat(wizard.currentProperty().get()).isZero();
        assertThat(wizard.filled(1).get()).isTrue();
    }

    private LetterPageViewModel letterPage(Dialogs dialogs, LocalDate today, Consumer<String> status) {
        return new LetterPageViewModel(document, new LetterComposer(new TemplateLibrary(null)), dialogs,
                new BackgroundRunner.Immediate(), () -> today, i18n, status, LinkOpener.standard(),
                new UserStore.InMemory());
    }
}
