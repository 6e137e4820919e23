package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.wizard.PageViewModel;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 3: the challenge, its causes and its consequences. */
public final class ChallengePageViewModel extends PageViewModel {
    public final StringProperty challenge = roundText(r -> r.challenge(), (r, v) -> r.withChallenge(v));
    public final StringProperty causes = roundLines(r -> r.causes(), (r, v) -> r.withCauses(v));
    public final StringProperty consequences = roundLines(r -> r.consequences(), (r, v) -> r.withConsequences(v));

    public ChallengePageViewModel(Document document) {
        super(document);
    }

    @Override
    public String key() {
        return "step.challenge";
    }

    @Override
    public ObservableBooleanValue filled() {
        return notBlank(challenge);
    }
}
