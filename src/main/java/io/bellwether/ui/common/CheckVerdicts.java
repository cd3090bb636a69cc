package io.bellwether.ui.common;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import java.util.Optional;

/**
 * The engine's verdict on one recorded health check of a deployment, against its baseline and
 * rollback config. A health check carries no request count, so the verdict is taken as if the
 * config's minimum had been reached: the screens show what the rules say about the metrics.
 */
public final class CheckVerdicts {
    private CheckVerdicts() {
    }

    /** Empty when the deployment has no baseline to compare with. */
    public static Optional<RollbackDecision> evaluate(Deployment deployment, PerformanceMetrics checkMetrics) {
        return deployment.baseline().map(baseline -> RollbackPolicy.evaluate(baseline, checkMetrics,
                deployment.rollbackConfig(), deployment.rollbackConfig().minRequestsBeforeCheck()));
    }

    /** "pass", "ROLL BACK: reasons", or why the rules did not run. */
    public static String summary(Optional<RollbackDecision> decision) {
        if (decision.isEmpty()) {
            return "no baseline";
        }
        RollbackDecision verdict = decision.get();
        return switch (verdict.skipped()) {
            case DISABLED -> "rollback disabled";
            case NOT_ENOUGH_REQUESTS -> "not enough requests";
            case NOT_EVALUATED -> "not evaluated";
            case NONE -> verdict.rollback() ? "ROLL BACK: " + String.join("; ", verdict.reasons()) : "pass";
        };
    }
}
