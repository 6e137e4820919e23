package app.followup.ui;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 3: the challenge, its causes and its consequences. */
public final class ChallengeStepViewModel extends StepViewModel {
    public final StringProperty challenge = roundText(r -> r.challenge(), (r, v) -> r.withChallenge(v));
    public final StringProperty causes = roundLines(r -> r.causes(), (r, v) -> r.withCauses(v));
    public final StringProperty consequences = roundLines(r -> r.consequences(), (r, v) -> r.withConsequences(v));

    public ChallengeStepViewModel(Document document) {
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
