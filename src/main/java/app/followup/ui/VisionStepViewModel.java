package app.followup.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 4: the hiring vision, and whether both sides agreed to go on. */
public final class VisionStepViewModel extends StepViewModel {
    public final StringProperty vision = roundText(r -> r.hiringVision(), (r, v) -> r.withHiringVision(v));
    public final BooleanProperty agreed = new SimpleBooleanProperty();

    public VisionStepViewModel(Document document) {
        super(document);
        onLoad(() -> agreed.set(Boolean.TRUE.equals(document.round().agreedToContinue())));
        agreed.addListener((o, old, now) -> edit(r -> r.withAgreedToContinue(now)));
    }

    @Override
    public String key() {
        return "step.vision";
    }

    @Override
    public ObservableBooleanValue filled() {
        return notBlank(vision);
    }
}
