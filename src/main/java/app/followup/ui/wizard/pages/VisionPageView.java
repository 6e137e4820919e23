package app.followup.ui.wizard.pages;

import app.followup.ui.controls.Forms;
import app.followup.ui.controls.WrappingField;
import javafx.scene.Node;

/** Page 4: the hiring vision and the agreement to go on. Layout only: every value is bound to the view-model. */
public final class VisionPageView {
    private final Forms forms;
    private final VisionPageViewModel vm;

    public VisionPageView(Forms forms, VisionPageViewModel vm) {
        this.forms = forms;
        this.vm = vm;
    }

    public Node page() {
        return forms.page("step.vision", forms.glossaryLink(),
                forms.field("vision.vision", WrappingField.growing(forms.area("vision", vm.vision, 4), 4)), forms.hint("vision.hint"),
                forms.check("agreed", "vision.agreed", vm.agreed));
    }
}
