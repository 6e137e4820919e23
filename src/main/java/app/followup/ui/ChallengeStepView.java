package app.followup.ui;

import javafx.scene.Node;

/** Page 3: the challenge, its causes and consequences. Layout only: every value is bound to the view-model. */
final class ChallengeStepView {
    private final Forms forms;
    private final ChallengeStepViewModel vm;

    ChallengeStepView(Forms forms, ChallengeStepViewModel vm) {
        this.forms = forms;
        this.vm = vm;
    }

    Node page() {
        return forms.page("step.challenge",
                forms.field("challenge.challenge", forms.area("challenge", vm.challenge, 3)),
                forms.field("challenge.causes", forms.area("causes", vm.causes, 4)),
                forms.field("challenge.consequences", forms.area("consequences", vm.consequences, 4)));
    }
}
