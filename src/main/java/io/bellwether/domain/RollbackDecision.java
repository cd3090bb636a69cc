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

    /** The health of the verdict: HEALTHY only when the rules ran and none fired; UNKNOWN when they did not run. */
    public HealthStatus healthStatus() {
        if (rollback) {
            return HealthStatus.UNHEALTHY;
        }
        return skipped == Skipped.NONE ? HealthStatus.HEALTHY : HealthStatus.UNKNOWN;
    }

    /** The health check message of the verdict: the reasons, or why nothing was judged. */
    public String healthMessage() {
        return switch (skipped) {
            case NONE -> rollback ? String.join("; ", reasons) : "Within thresholds";
            case DISABLED -> "Not judged: automated rollback is disabled";
            case NOT_ENOUGH_REQUESTS -> "Not judged: not enough requests yet";
            case NOT_EVALUATED -> "Not judged: deployment not live or metrics missing";
        };
    }
}
