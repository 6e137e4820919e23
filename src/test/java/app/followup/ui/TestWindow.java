package app.followup.ui;

import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.RecordingPlatform;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.notes.RecoveryStore;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import java.time.LocalDate;
import javafx.stage.Stage;

/**
 * The window's view-model as a test needs it: in English, with nothing remembered, dialogs answered by
 * {@link FakeDialogs}, work done at once on the calling thread, the bundled templates, no recovery copy, and
 * today Friday 27 November 2026, the day after the samples' interview. A test names only what differs.
 */
public final class TestWindow {
    public static final LocalDate DAY_AFTER_THE_INTERVIEW = LocalDate.of(2026, 11, 27);

    private I18n i18n = new I18n(I18n.ENGLISH);
    private UserStore store = new UserStore.InMemory();
    private Dialogs dialogs = new FakeDialogs();
    private BackgroundRunner background = new BackgroundRunner.Immediate();
    private LocalDate today = DAY_AFTER_THE_INTERVIEW;
    private LetterComposer composer = new LetterComposer(new TemplateLibrary(null));
    private RecoveryStore recovery;
    private LinkOpener opener = RecordingPlatform.opensEverything().opener();

    public static TestWindow english() {
        return new TestWindow();
    }

    public static TestWindow norwegian() {
        TestWindow window = new TestWindow();
        window.i18n = new I18n(I18n.NORWEGIAN);
        return window;
    }

    public TestWindow dialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
        return this;
    }

    public TestWindow store(UserStore store) {
        this.store = store;
        return this;
    }

    /** Work on a background thread, results on the JavaFX thread, as in the real window. */
    public TestWindow threaded() {
        return background(new BackgroundRunner.Threaded());
    }

    public TestWindow background(BackgroundRunner background) {
        this.background = background;
        return this;
    }

    public TestWindow today(LocalDate today) {
        this.today = today;
        return this;
    }

    public TestWindow composer(LetterComposer composer) {
        this.composer = composer;
        return this;
    }

    public TestWindow recovery(RecoveryStore recovery) {
        this.recovery = recovery;
        return this;
    }

    /** What opens mail links and folders: a recording one, so that no test starts a real program. */
    public TestWindow opener(LinkOpener opener) {
        this.opener = opener;
        return this;
    }

    public MainViewModel build() {
        LocalDate day = today;
        return new MainViewModel(i18n, store, dialogs, background, () -> day, composer, recovery, opener);
    }

    /** Built, put on the stage at this size and shown, as a window test starts. */
    public MainViewModel shownAt(Stage stage, double width, double height) {
        MainViewModel main = build();
        FollowUpApp.install(stage, main);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return main;
    }
}
