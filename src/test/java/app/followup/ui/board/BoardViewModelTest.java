package app.followup.ui.board;

import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import static app.followup.applications.Applications.change;
import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.evidence;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.applications.Applications;
import app.followup.applications.What;
import app.followup.letter.NudgeComposer;
import app.followup.model.ApplicationState;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Step;
import app.followup.ui.wizard.PageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's view-model, without the toolkit: what it shows, in what order, and what its commands do. */
public class BoardViewModelTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @TempDir
    Path folder;
    private final BoardFolders.InMemory store = new BoardFolders.InMemory();
    private final List<Path> opened = new ArrayList<>();
    private final List<Class<? extends PageViewModel>> openedOn = new ArrayList<>();
    private int created;
    private final FakeBoardDialogs dialogs = new FakeBoardDialogs();
    private BoardViewModel board;

    private void opened(Path file, Class<? extends PageViewModel> page) {
        opened.add(file);
        openedOn.add(page);
    }

    static Notes at(Notes notes, String employer) {
        return notes.withEmployer(new Employer(employer, List.of(), Extras.NONE));
    }

    @BeforeEach
    void folderOfApplications() {
        save(folder.resolve("a.followup.json"), at(myStep(sent(), "2026-12-09"), "Later AS"));
        save(folder.resolve("b.followup.json"), at(employerStep(sent(), "2026-11-27"), "Overdue AS"));
        save(folder.resolve("c.followup.json"), at(myStep(sent(), "2026-12-02"), "Today AS"));
        save(folder.resolve("d.followup.json"),
                Applications.closed(at(myStep(sent(), "2026-11-20"), "Closed AS"), ApplicationState.DECLINED));
        board = new BoardViewModel(store, new BackgroundRunner.Immediate(), () -> TODAY, this::opened,
                () -> created++, dialogs, RecordingPlatform.opensEverything().opener(),
                new I18n(I18n.ENGLISH));
    }

    @AfterEach
    void stopWatching() {
        board.close();
    }

    private List<String> employers() {
        return board.rows().stream().map(BoardRow::employer).toList();
    }

    @Test
    void mostUrgentFirstWithTheClosedOnesLast() {
        board.addFolder(folder);
        assertThat(employers()).containsExactly("Overdue AS", "Today AS", "Later AS", "Closed AS");
        assertThat(board.rows()).extracting(BoardRow::timing).containsExactly(BoardRow.Timing.OVERDUE,
                BoardRow.Timing.TODAY, BoardRow.Timing.LATER, BoardRow.Timing.NONE);
        BoardRow overdue = board.rows().get(0);
        assertThat(overdue.what()).isEqualTo(What.NUDGE_DUE);
        assertThat(overdue.due()).hasToString("2026-11-28");
        assertThat(overdue.round()).isEqualTo(1);
        assertThat(overdue.lastInterview()).isEqualTo(Applications.INTERVIEW);
        assertThat(board.loadingProperty().get()).isFalse();
    }

    @Test
    void theFoldersAreRememberedAndTheBoardOpensOnThemNextTime() {
        board.addFolder(folder);
        assertThat(store.folders()).containsExactly(folder.toAbsolutePath().normalize());

        BoardViewModel next = new BoardViewModel(store, new BackgroundRunner.Immediate(), () -> TODAY, this::opened,
                () -> created++, dialogs, RecordingPlatform.opensEverything().opener(),
                new I18n(I18n.ENGLISH));
        next.start(true);
        assertThat(next.shownProperty().get()).isTrue();
        assertThat(next.rows()).hasSize(4);
        next.close();

        BoardViewModel givenAFile = new BoardViewModel(store, new BackgroundRunner.Immediate(), () -> TODAY,
                this::opened, () -> created++, dialogs, RecordingPlatform.opensEverything().opener(),
                new I18n(I18n.ENGLISH));
        givenAFile.start(false);
        assertThat(givenAFile.shownProperty().get()).isFalse();
        givenAFile.close();
    }

    @Test
    void aBrokenFileIsNamedAndTheOthersAreShown() throws Exception {
        Files.writeString(folder.resolve("broken.followup.json"), "{");
        board.addFolder(folder);
        assertThat(board.rows()).hasSize(4);
        assertThat(board.problems()).singleElement().asString().startsWith("broken.followup.json: ");
    }

    @Test
    void aReportNothingCouldOpenIsStillSavedNotAProblemAndTheNoticeFollowsTheLanguage(@TempDir Path out) {
        I18n i18n = new I18n(I18n.ENGLISH);
        BoardViewModel noPdfViewer = new BoardViewModel(store, new BackgroundRunner.Immediate(), () -> TODAY,
                this::opened, () -> created++, dialogs, RecordingPlatform.opensNothing().opener(), i18n);
        noPdfViewer.addFolder(folder);
        dialogs.report = out.resolve("november.pdf");
        noPdfViewer.exports().saveReport();
        assertThat(out.resolve("november.pdf")).exists();
        assertThat(noPdfViewer.exports().problemProperty().get()).as("the report is saved: not shown in red").isFalse();
        assertThat(noPdfViewer.exports().noticeProperty().get()).startsWith("Activity report saved: november.pdf")
                .contains(out.toString()).doesNotContain("error");
        i18n.localeProperty().set(I18n.NORWEGIAN);
        assertThat(noPdfViewer.exports().noticeProperty().get()).startsWith("Aktivitetsrapporten er lagret");
    }

    @Test
    void openingARowLandsOnThePageWhereWhatIsDueIsDone() {
        save(folder.resolve("e.followup.json"), at(change(sent(), round -> round.withLetter(null)), "Letter AS"));
        save(folder.resolve("f.followup.json"), at(evidence(myStep(sent(), "2026-12-20"), "2026-12-01", null),
                "Evidence AS"));
        board.addFolder(folder);
        for (BoardRow row : List.copyOf(board.rows())) {
            board.open(row);
        }
        java.util.Map<String, Class<? extends PageViewModel>> pageOf = new java.util.HashMap<>();
        for (int i = 0; i < board.rows().size(); i++) {
            pageOf.put(board.rows().get(i).employer(), openedOn.get(i));
        }
        assertThat(pageOf).containsEntry("Letter AS", LetterPageViewModel.class)
                .containsEntry("Evidence AS", DecisionPageViewModel.class)
                .containsEntry("Today AS", NextStepPageViewModel.class)
                .containsEntry("Overdue AS", LetterPageViewModel.class)
                .containsEntry("Closed AS", InterviewPageViewModel.class);
    }

    @Test
    void openingARowOpensItsFileAndLeavesTheBoard() {
        board.addFolder(folder);
        board.shownProperty().set(true);
        board.open(board.rows().get(1));
        assertThat(opened).containsExactly(folder.resolve("c.followup.json"));
        assertThat(openedOn).containsExactly(NextStepPageViewModel.class);
        assertThat(board.shownProperty().get()).isFalse();
        board.newApplication();
        assertThat(created).isEqualTo(1);
    }

    @Test
    void settingAStateWritesItIntoTheFileWithTodaysDate() {
        board.addFolder(folder);
        board.setState(board.rows().get(0), ApplicationState.WITHDRAWN);
        Notes saved = Samples.load(folder.resolve("b.followup.json"));
        assertThat(saved.status().stateOrDefault()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(saved.status().since()).isEqualTo(TODAY);
        assertThat(folder.resolve("b.followup.json.bak")).exists();
        assertThat(employers()).containsExactly("Today AS", "Later AS", "Overdue AS", "Closed AS");
    }

    @Test
    void aFileChangedInTheFolderIsShownWithoutRefreshing() {
        board.addFolder(folder);
        save(folder.resolve("e.followup.json"), at(employerStep(sent(), "2026-11-20"), "New AS"));
        waitUntil(() -> employers().contains("New AS"));
        assertThat(employers().get(0)).isEqualTo("New AS");
    }

    @Test
    void aQuietEmployerIsOfferedANudgeThatIsRecordedInTheFileWhenSent() {
        board.addFolder(folder);
        BoardRow quiet = board.rows().get(0);
        assertThat(quiet.offer()).isEqualTo(NudgeComposer.Kind.NUDGE);
        assertThat(board.rows().get(1).offer()).isNull();

        board.writeNudge(quiet);
        NudgeViewModel nudge = board.nudgeProperty().get();
        assertThat(nudge.proposedProperty().get()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(nudge.bodyProperty().get().replace('\u00a0', ' ')).contains("fredag 4. desember").doesNotContainIgnoringCase("sjekke");
        nudge.proposedProperty().set(LocalDate.parse("2026-12-07"));
        assertThat(nudge.bodyProperty().get().replace('\u00a0', ' ')).contains("mandag 7. desember");
        nudge.bodyProperty().set(nudge.bodyProperty().get().replace("Hei Ola,", "Hei igjen Ola,"));
        nudge.proposedProperty().set(LocalDate.parse("2026-12-08"));
        assertThat(nudge.bodyProperty().get()).as("the user's edit is kept").contains("Hei igjen Ola,");
        nudge.send().saveDraft();
        assertThat(dialogs.asked).as("the unsent email's name starts with the employer")
                .anySatisfy(asked -> assertThat(asked).startsWith("eml:Overdue-").endsWith(".eml"));

        nudge.markSent();
        assertThat(board.nudgeProperty().get()).isNull();
        Notes saved = Samples.load(folder.resolve("b.followup.json"));
        assertThat(saved.lastRound().nudges()).singleElement().satisfies(sent -> {
            assertThat(sent.sentOn()).isEqualTo(TODAY);
            assertThat(sent.body()).startsWith("Hei igjen Ola,");
            assertThat(sent.subject()).isEqualTo(nudge.subjectProperty().get());
            assertThat(sent.proposed()).isEqualTo(
                    Step.of("Ringe Ola og høre hvor saken står", LocalDate.parse("2026-12-08"), Owner.ME));
        });
        assertThat(board.rows()).filteredOn(row -> row.employer().equals("Overdue AS")).singleElement()
                .satisfies(row -> {
                    assertThat(row.offer()).isNull();
                    assertThat(row.what()).as("the day proposed is the candidate's own step").isEqualTo(What.MY_STEP);
                    assertThat(row.due()).isEqualTo(LocalDate.parse("2026-12-08"));
                });
    }

    @Test
    void afterTwoNudgesTheLoopIsClosedAndThenTheApplication() {
        save(folder.resolve("b.followup.json"), Applications.nudged(at(employerStep(sent(), "2026-11-20"),
                "Overdue AS"), "2026-11-21", "2026-11-25"));
        board.addFolder(folder);
        BoardRow quiet = board.rows().get(0);
        assertThat(quiet.what()).isEqualTo(What.GONE_QUIET);
        assertThat(quiet.offer()).isEqualTo(NudgeComposer.Kind.CLOSE_THE_LOOP);

        board.writeNudge(quiet);
        NudgeViewModel closing = board.nudgeProperty().get();
        assertThat(closing.subjectProperty().get()).startsWith("Før jeg avslutter søknaden");
        closing.markSent();
        assertThat(Samples.load(folder.resolve("b.followup.json")).lastRound().nudges()).hasSize(3);
        assertThat(board.rows()).filteredOn(row -> row.employer().equals("Overdue AS")).singleElement()
                .satisfies(row -> {
                    assertThat(row.offer()).as("the loop is closed once").isNull();
                    assertThat(row.what()).isEqualTo(What.MY_STEP);
                    assertThat(row.due()).as("the day the letter names, five working days on").hasToString("2026-12-09");
                });
    }

    @Test
    void rowsReadAheadShowTheBoardAtOnceAndFillItOnTheNextTurnWithoutReadingAgain() {
        store.save(List.of(folder));
        BoardPreload preload = BoardPreload.start(store, () -> TODAY);
        assertThat(preload.await()).isNotNull();
        List<Runnable> queued = new ArrayList<>();
        BoardViewModel started = new BoardViewModel(store, queuedRunner(queued), () -> TODAY, this::opened,
                () -> created++, dialogs, RecordingPlatform.opensEverything().opener(),
                new I18n(I18n.ENGLISH));
        boolean[] then = {false};
        started.start(true, () -> then[0] = true, preload);
        assertThat(started.shownProperty().get()).as("the board is in the window's first frame").isTrue();
        assertThat(started.loadingProperty().get()).isTrue();
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        assertThat(started.rows()).extracting(BoardRow::employer)
                .containsExactly("Overdue AS", "Today AS", "Later AS", "Closed AS");
        assertThat(then[0]).isTrue();
        assertThat(started.loadingProperty().get()).isFalse();
        started.close();
    }

    @Test
    void withNoFolderRememberedTheWindowOpensOnTheStartPageWithNothingLeftToRead() {
        BoardPreload preload = BoardPreload.start(store, () -> TODAY);
        assertThat(preload.await()).isNotNull();
        List<Runnable> queued = new ArrayList<>();
        BoardViewModel started = new BoardViewModel(store, queuedRunner(queued), () -> TODAY, this::opened,
                () -> created++, new FakeBoardDialogs(), RecordingPlatform.opensEverything().opener(),
                new I18n(I18n.ENGLISH));
        boolean[] then = {false};
        started.start(true, () -> then[0] = true, preload);
        assertThat(started.shownProperty().get()).as("the start page, not an empty board").isFalse();
        assertThat(then[0]).as("the wizard is prepared without waiting for rows").isTrue();
        assertThat(queued).as("no reading left for the background thread").isEmpty();
        assertThat(started.rows()).isEmpty();
        assertThat(started.loadingProperty().get()).isFalse();
        started.close();
    }

    @Test
    void aFileAddedOrChangedAfterItWasReadAheadIsReadAgain() throws Exception {
        writtenAnHourAgo();
        store.save(List.of(folder));
        BoardPreload added = BoardPreload.start(store, () -> TODAY);
        assertThat(added.await()).isNotNull();
        save(folder.resolve("e.followup.json"), at(employerStep(sent(), "2026-11-20"), "New AS"));
        board.start(true, () -> { }, added);
        assertThat(employers()).startsWith("New AS");
        board.close();

        writtenAnHourAgo();
        BoardPreload changed = BoardPreload.start(store, () -> TODAY);
        assertThat(changed.await()).isNotNull();
        save(folder.resolve("a.followup.json"), at(myStep(sent(), "2026-11-25"), "Later AS"));
        board = new BoardViewModel(store, new BackgroundRunner.Immediate(), () -> TODAY, this::opened,
                () -> created++, dialogs, RecordingPlatform.opensEverything().opener(),
                new I18n(I18n.ENGLISH));
        board.start(true, () -> { }, changed);
        assertThat(employers()).as("Later AS now overdue since 25 November").startsWith("New AS", "Later AS");
    }

    /** The files as if saved well before the board read them, so that only a later change makes it read again. */
    private void writtenAnHourAgo() throws java.io.IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    @Test
    void readingAheadTheDayBeforeIsNotShownToday() throws Exception {
        writtenAnHourAgo();
        store.save(List.of(folder));
        BoardPreload yesterday = BoardPreload.start(store, () -> TODAY.minusDays(1));
        assertThat(yesterday.await()).isNotNull();
        board.start(true, () -> { }, yesterday);
        assertThat(board.rows()).extracting(BoardRow::timing).startsWith(BoardRow.Timing.OVERDUE,
                BoardRow.Timing.TODAY);
    }

    /** Keeps the background work for later: what the board shows before it runs needed none. */
    private static BackgroundRunner queuedRunner(List<Runnable> queued) {
        return new BackgroundRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                                java.util.function.Consumer<Throwable> onError) {
                queued.add(() -> new BackgroundRunner.Immediate().run(work, onDone, onError));
            }

            @Override
            public void later(Runnable work, long delayMillis) {
                queued.add(work);
            }
        };
    }

    private static void waitUntil(BooleanSupplier condition) {
        Instant limit = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the board did not update within 20 seconds").isBefore(limit);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** A new user saved the first application and found the board empty, not offering the folder just saved to. */
    @Test
    void theFirstFileSavedOrOpenedPutsItsFolderOnABoardThatHasNone() throws Exception {
        board.start(false);
        assertThat(board.folders()).isEmpty();
        Path elsewhere = Files.createDirectories(folder.resolve("other"));
        board.notesFileUsed(folder.resolve("a.followup.json"));
        assertThat(board.folders()).containsExactly(folder.toAbsolutePath().normalize());
        assertThat(store.folders()).as("remembered").containsExactly(folder.toAbsolutePath().normalize());
        assertThat(board.rows()).extracting(BoardRow::employer).contains("Later AS");
        assertThat(board.folderAddedNotice().get()).contains(folder.toString())
                .contains("Remove the folder from the board");

        board.notesFileUsed(elsewhere.resolve("x.followup.json"));
        assertThat(board.folders()).as("the board has a folder now: the user's to choose").hasSize(1);
        board.removeFolder(folder.toAbsolutePath().normalize());
        assertThat(board.folderAddedNotice().get()).isEmpty();
        board.notesFileUsed(elsewhere.resolve("x.followup.json"));
        assertThat(board.folders()).as("emptied by the user: not filled again behind their back").isEmpty();
    }

    @Test
    void aBoardWithFoldersChosenIsLeftAsItIs() {
        Path chosen = folder.resolve("chosen");
        store.save(List.of(chosen));
        board.start(false);
        board.notesFileUsed(folder.resolve("a.followup.json"));
        assertThat(board.folders()).containsExactly(chosen);
        assertThat(board.folderAddedNotice().get()).isEmpty();
    }
}
