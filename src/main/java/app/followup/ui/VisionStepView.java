package app.followup.ui;

import javafx.scene.Node;

/** Page 4: the hiring vision and the agreement to go on. Layout only: every value is bound to the view-model. */
final class VisionStepView {
    private final Forms forms;
    private final VisionStepViewModel vm;

    VisionStepView(Forms forms, VisionStepViewModel vm) {
        this.forms = forms;
        this.vm = vm;
    }

    Node page() {
        return forms.page("step.vision", forms.field("vision.vision", forms.area("vision", vm.vision, 4)),
                forms.check("agreed", "vision.agreed", vm.agreed));
    }
}
