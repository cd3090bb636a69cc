package io.bellwether.domain;

import java.util.List;

/** The engine's answer: roll back or not, the guide's reason sentences, and every rule's result. */
public record RollbackDecision(boolean rollback, List<String> reasons, List<RuleResult> rules,
                               Skipped skipped) {

    /** Why no rule was evaluated at all; NONE when the rules ran. */
    public enum Skipped { NONE, DISABLED, NOT_ENOUGH_REQUESTS, NOT_EVALUATED }

    public RollbackDecision {
        reasons = List.copyOf(reasons);
        rules = List.copyOf(rules);
    }

    public static RollbackDecision skipped(Skipped why) {
        return new RollbackDecision(false, List.of(), List.of(), why);
    }
}
