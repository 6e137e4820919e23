package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.wizard.PageViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 4: the hiring vision, and whether both sides agreed to go on. */
public final class VisionPageViewModel extends PageViewModel {
    public final StringProperty vision = roundText(r -> r.hiringVision(), (r, v) -> r.withHiringVision(v));
    public final BooleanProperty agreed = new SimpleBooleanProperty();

    public VisionPageViewModel(Document document) {
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
