package io.bellwether.ui.common;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
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
    private static final String ROLL_BACK = "ROLL BACK: ";
    private static final String NOT_ACTED_ON = "Rules breached, not acted on: ";

    private CheckVerdicts() {
    }

    /** Empty when the deployment has no baseline to compare with. */
    public static Optional<RollbackDecision> evaluate(Deployment deployment, PerformanceMetrics checkMetrics) {
        return deployment.baseline().map(baseline -> RollbackPolicy.evaluate(baseline, checkMetrics,
                deployment.rollbackConfig(), deployment.rollbackConfig().minRequestsBeforeCheck()));
    }

    /**
     * "pass", why the rules did not run, or the breach and what came of it: "ROLL BACK: reasons" only
     * when the deployment was rolled back; otherwise the rules were breached but nothing acted on it.
     */
    public static String summary(Optional<RollbackDecision> decision, Deployment deployment) {
        if (decision.isEmpty()) {
            return "no baseline";
        }
        RollbackDecision verdict = decision.get();
        return switch (verdict.skipped()) {
            case DISABLED -> "rollback disabled";
            case NOT_ENOUGH_REQUESTS -> "not enough requests";
            case NOT_EVALUATED -> "not evaluated";
            case NONE -> verdict.rollback() ? breach(String.join("; ", verdict.reasons()), deployment) : "pass";
        };
    }

    /** Whether a summary reports breached rules, acted on or not. */
    public static boolean isBreach(String summary) {
        return summary.startsWith(ROLL_BACK) || summary.startsWith(NOT_ACTED_ON);
    }

    private static String breach(String reasons, Deployment deployment) {
        if (deployment.status() == DeploymentStatus.ROLLED_BACK) {
            return ROLL_BACK + reasons;
        }
        String why = deployment.status().isLive()
                ? "this recorded check is judged here for display; the engine rolls back only on the deployment's"
                + " current metrics, when it evaluates them"
                : "the deployment is " + deployment.status().value();
        return NOT_ACTED_ON + reasons + " (" + why + ")";
    }

}
