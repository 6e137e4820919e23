package app.followup.ui.wizard.pages;

import app.followup.ui.controls.Forms;
import app.followup.ui.controls.WrappingField;
import javafx.scene.Node;

/** Page 3: the challenge, its causes and consequences. Layout only: every value is bound to the view-model. */
public final class ChallengePageView {
    private final Forms forms;
    private final ChallengePageViewModel vm;

    public ChallengePageView(Forms forms, ChallengePageViewModel vm) {
        this.forms = forms;
        this.vm = vm;
    }

    public Node page() {
        return forms.page("step.challenge",
                forms.field("challenge.challenge", forms.area("challenge", vm.challenge, 3)),
                forms.field("challenge.causes", WrappingField.growing(forms.area("causes", vm.causes, 4), 4)),
                forms.field("challenge.consequences",
                        WrappingField.growing(forms.area("consequences", vm.consequences, 4), 4)));
    }
}
