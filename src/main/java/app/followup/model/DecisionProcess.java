package app.followup.model;

import java.util.List;

public record DecisionProcess(String decisionMaker, List<String> steps, Extras extras) {
    public static final DecisionProcess EMPTY = new DecisionProcess(null, List.of(), Extras.NONE);

    public DecisionProcess {
        steps = Lists.copy(steps);
        extras = extras == null ? Extras.NONE : extras;
    }
}
