package app.followup.ui.wizard;

import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.advice.Advice;
import app.followup.advice.AdviceCode;
import app.followup.advice.Advisor;
import app.followup.advice.Field;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.TermsPageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import app.followup.letter.Letter;
import app.followup.model.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checklist beside the letter: the advice for the current round, in the window's language, updated with the
 * letter; and the deadline banner ("Send today", "Overdue") until the letter is marked as sent.
 * <p>
 * The checks run in the background: they read every note and the whole letter (a few milliseconds), which on the
 * JavaFX thread made each keystroke miss its frame. One check runs at a time; keystrokes made meanwhile are checked
 * together once it ends, so the checklist follows the newest letter and never an older one.
 */
public final class AdviceViewModel {
    private final ObservableList<Advice> advice = FXCollections.observableArrayList();
    private final Document document;
    private final LetterPageViewModel letter;
    private final Supplier<LocalDate> today;
    private final I18n i18n;
    private final StringBinding deadline;
    private final BackgroundRunner background;
    /**
     * Kept between keystrokes, which lets its checks skip what did not change. A check in the background has it
     * to itself; a new document, round or language gets a new one.
     */
    private Advisor advisor;
    private Opened checked;
    private boolean checking;
    private boolean changedWhileChecking;
    /** Counts the letters asked about, so that an older check's answer never replaces a newer one. */
    private long asked;

    /** What the advice is about, beside the letter: a change of it is checked at once, not in the background. */
    private record Opened(Path file, int round, Language language) {
    }

    public AdviceViewModel(Document document, LetterPageViewModel letter, Supplier<LocalDate> today, I18n i18n,
                           BackgroundRunner background) {
        this.document = document;
        this.background = background;
        this.letter = letter;
        this.today = today;
        this.i18n = i18n;
        letter.letterProperty().addListener(o -> refresh());
        // a file opened (the same one again too) or another round: checked at once, as a new document
        document.reloadsProperty().addListener(o -> {
            checked = null;
            refresh();
        });
        letter.preview().drawnProperty().addListener((o, old, now) -> refreshIfPagesMatter());
        i18n.localeProperty().addListener(o -> refresh());
        deadline = Bindings.createStringBinding(() -> advice.stream()
                .filter(a -> isDeadline(a.code()))
                .map(Advice::message).findFirst().orElse(""), advice);
        refresh();
    }

    private void refresh() {
        Letter current = letter.letterProperty().get();
        if (current == null || !document.isOpen()) {
            asked++;
            checked = null;
            advice.clear();
            return;
        }
        Opened now = new Opened(document.fileProperty().get(), document.roundIndex(), i18n.language());
        if (!now.equals(checked)) {
            // another file, round or language: its advice at once, or the window would show the last one's a moment
            checked = now;
            // each check brings the page count the preview had for its letter
            advisor = new Advisor(i18n.language(), unknown -> OptionalInt.empty());
            asked++;
            show(check(advisor, current));
            return;
        }
        if (checking) {
            changedWhileChecking = true;
            return;
        }
        checking = true;
        long question = ++asked;
        Callable<List<Advice>> work = check(advisor, current);
        background.run(work, fresh -> answered(question, fresh), this::failed);
    }

    /** Everything the check reads is taken now, on the JavaFX thread; the notes and the letter are immutable. */
    private Callable<List<Advice>> check(Advisor checker, Letter current) {
        var notes = document.notes();
        int round = document.roundIndex();
        LocalDate day = today.get();
        OptionalInt pages = letter.preview().pagesOf(current);
        return () -> checker.check(notes, round, day, current, checked -> pages);
    }

    private void show(Callable<List<Advice>> work) {
        try {
            show(work.call());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void answered(long question, List<Advice> fresh) {
        checking = false;
        if (changedWhileChecking) {
            changedWhileChecking = false;
            refresh();
        } else if (question == asked) {
            show(fresh);
        }
    }

    private void show(List<Advice> fresh) {
        if (!fresh.equals(advice)) {
            advice.setAll(fresh);
        }
    }

    /** A check that threw is a bug: reported as one on the JavaFX thread, as before the checks moved off it. */
    private void failed(Throwable error) {
        checking = false;
        changedWhileChecking = false;
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error serious) {
            throw serious;
        }
        throw new IllegalStateException(error);
    }

    /** The preview has counted the pages: the advice changes only when that changes its verdict on the length. */
    private void refreshIfPagesMatter() {
        Letter current = letter.letterProperty().get();
        boolean shown = advice.stream().anyMatch(a -> a.code() == AdviceCode.LETTER_OVER_ONE_PAGE);
        if (current != null && letter.preview().pagesOf(current).isPresent()
                && (letter.preview().pagesOf(current).getAsInt() > 1) != shown) {
            refresh();
        }
    }

    public ObservableList<Advice> advice() {
        return advice;
    }

    /** The deadline's advice while the letter is unsent, else empty. */
    public StringBinding deadline() {
        return deadline;
    }

    public boolean overdue() {
        return advice.stream().anyMatch(a -> a.code() == AdviceCode.LETTER_OVERDUE);
    }

    /** The banner above the letter shows these, not only the checklist. */
    private static boolean isDeadline(AdviceCode code) {
        return switch (code) {
            case LETTER_DUE_TODAY, LETTER_OVERDUE -> true;
            default -> false;
        };
    }

    /** The wizard page that holds what the advice is about. */
    public static Class<? extends PageViewModel> pageOf(Field field) {
        return switch (field) {
            case INTERVIEW -> InterviewPageViewModel.class;
            case PARTICIPANTS -> ParticipantsPageViewModel.class;
            case CHALLENGE -> ChallengePageViewModel.class;
            case VISION -> VisionPageViewModel.class;
            case DECISION -> DecisionPageViewModel.class;
            case NEXT_STEP -> NextStepPageViewModel.class;
            case TERMS -> TermsPageViewModel.class;
            case PRIVATE -> PrivatePageViewModel.class;
            case LETTER -> LetterPageViewModel.class;
        };
    }

    /** Avoided words the letter can swap for theirs in one go; the checklist offers a button for it. */
    public static boolean canReplace(Advice item) {
        return item.code() == AdviceCode.TERM_AVOIDED;
    }
}
