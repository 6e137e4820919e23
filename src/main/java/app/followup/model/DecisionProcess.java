package app.followup.model;

import java.util.List;

public record DecisionProcess(String decisionMaker, List<String> steps, Extras extras) {
    public static final DecisionProcess EMPTY = new DecisionProcess(null, List.of(), Extras.NONE);

    public DecisionProcess {
        steps = Lists.copy(steps);
        extras = extras == null ? Extras.NONE : extras;
    }

    public DecisionProcess withDecisionMaker(String value) {
        return new DecisionProcess(value, steps, extras);
    }

    public DecisionProcess withSteps(List<String> value) {
        return new DecisionProcess(decisionMaker, value, extras);
    }
}
