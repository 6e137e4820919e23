package app.followup.ui.board;

import app.followup.applications.What;
import app.followup.ui.wizard.PageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;

/** The wizard page where the user does what a row says is due, so that opening the row lands there. */
final class RowPage {
    private RowPage() {
    }

    static Class<? extends PageViewModel> of(What what) {
        return switch (what) {
            // the nudge and the letter closing the loop are offered beside the letter they refer to
            case LETTER_DUE, NUDGE_DUE, GONE_QUIET -> LetterPageViewModel.class;
            case EVIDENCE_DUE -> DecisionPageViewModel.class;
            case MY_STEP, AWAITING_EMPLOYER, NO_NEXT_STEP -> NextStepPageViewModel.class;
            case CLOSED -> InterviewPageViewModel.class;
        };
    }
}
