package io.bellwether.application;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.ShadowComparison;
import java.util.List;

/**
 * The {@link MetricsFeed} over a {@link DeploymentService}. With automatic rollback the engine acts
 * ({@link DeploymentService#checkDeploymentHealth}); without it (an operator's drill) the same rules
 * are only evaluated, so the caller learns when the engine would have rolled back.
 */
public final class EngineMetricsFeed implements MetricsFeed {
    private final DeploymentService deployments;
    private final boolean automaticRollback;

    public EngineMetricsFeed(DeploymentService deployments, boolean automaticRollback) {
        this.deployments = deployments;
        this.automaticRollback = automaticRollback;
    }

    @Override
    public RollbackDecision measured(String deploymentId, PerformanceMetrics metrics, long requestCount) {
        deployments.updateMetrics(deploymentId, metrics);
        RollbackDecision decision = automaticRollback
                ? deployments.checkDeploymentHealth(deploymentId, requestCount)
                : evaluateOnly(deployments.getDeployment(deploymentId), requestCount);
        deployments.addHealthCheck(deploymentId, statusOf(decision), metrics, messageOf(decision));
        return decision;
    }

    /** The conditions of checkDeploymentHealth, without its rollback. */
    private static RollbackDecision evaluateOnly(Deployment d, long requestCount) {
        if (!d.status().isLive() || d.baselineMetrics() == null || d.currentMetrics() == null) {
            return RollbackDecision.skipped(RollbackDecision.Skipped.NOT_EVALUATED);
        }
        return RollbackPolicy.evaluate(d.baselineMetrics(), d.currentMetrics(), d.rollbackConfig(), requestCount);
    }

    @Override
    public void missing(String deploymentId, String reason) {
        deployments.addHealthCheck(deploymentId, HealthStatus.UNKNOWN, null, "No metrics received: " + reason);
    }

    @Override
    public void comparisons(String shadowId, List<ShadowComparison> batch) {
        deployments.recordShadowComparisons(shadowId, batch);
    }

    /** HEALTHY only when the rules ran and none fired; UNKNOWN when they did not run. */
    public static HealthStatus statusOf(RollbackDecision decision) {
        if (decision.rollback()) {
            return HealthStatus.UNHEALTHY;
        }
        return decision.skipped() == RollbackDecision.Skipped.NONE ? HealthStatus.HEALTHY : HealthStatus.UNKNOWN;
    }

    /** The health check message of a verdict: the reasons, or why nothing was judged. */
    public static String messageOf(RollbackDecision decision) {
        return switch (decision.skipped()) {
            case NONE -> decision.rollback() ? String.join("; ", decision.reasons()) : "Within thresholds";
            case DISABLED -> "Not judged: automated rollback is disabled";
            case NOT_ENOUGH_REQUESTS -> "Not judged: not enough requests yet";
            case NOT_EVALUATED -> "Not judged: deployment not live or metrics missing";
        };
    }
}
