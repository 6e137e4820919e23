package app.followup.ui.wizard;

import app.followup.ui.Document;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checklist beside the letter: the advice for the current round, in the window's language, updated with the
 * letter; and the deadline banner ("Send today", "Overdue") until the letter is marked as sent.
 */
public final class AdviceViewModel {
    private final ObservableList<Advice> advice = FXCollections.observableArrayList();
    private final Document document;
    private final LetterPageViewModel letter;
    private final Supplier<LocalDate> today;
    private final I18n i18n;
    private final StringBinding deadline;
    /** Kept between keystrokes, which lets its checks skip what did not change; a new one for a new language. */
    private Advisor advisor;
    private Language advisorLanguage;

    public AdviceViewModel(Document document, LetterPageViewModel letter, Supplier<LocalDate> today, I18n i18n) {
        this.document = document;
        this.letter = letter;
        this.today = today;
        this.i18n = i18n;
        letter.letterProperty().addListener(o -> refresh());
        letter.printedPages().addListener((o, old, now) -> refreshIfPagesMatter());
        i18n.localeProperty().addListener(o -> refresh());
        deadline = Bindings.createStringBinding(() -> advice.stream()
                .filter(a -> isDeadline(a.code()))
                .map(Advice::message).findFirst().orElse(""), advice);
        refresh();
    }

    private void refresh() {
        Letter current = letter.letterProperty().get();
        if (current == null || !document.isOpen()) {
            advice.clear();
            return;
        }
        if (advisor == null || advisorLanguage != i18n.language()) {
            advisor = new Advisor(i18n.language(), letter::pagesOf);
            advisorLanguage = i18n.language();
        }
        List<Advice> fresh = advisor.check(document.notes(), document.roundIndex(), today.get(), current);
        if (!fresh.equals(advice)) {
            advice.setAll(fresh);
        }
    }

    /** The preview has counted the pages: the advice changes only when that changes its verdict on the length. */
    private void refreshIfPagesMatter() {
        Letter current = letter.letterProperty().get();
        boolean shown = advice.stream().anyMatch(a -> a.code() == AdviceCode.LETTER_OVER_ONE_PAGE);
        if (current != null && letter.pagesOf(current).isPresent()
                && (letter.pagesOf(current).getAsInt() > 1) != shown) {
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
