package io.bellwether.application.service;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.HealthChecks;
import io.bellwether.application.port.in.MetricsFeed;
import io.bellwether.application.port.in.ShadowComparisons;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.ShadowComparison;
import java.util.List;

/**
 * The {@link MetricsFeed} over the health and shadow use cases. With automatic rollback the engine acts
 * ({@link HealthChecks#checkDeploymentHealth}); without it (an operator's drill) the same rules
 * are only evaluated, so the caller learns when the engine would have rolled back.
 */
public final class EngineMetricsFeed implements MetricsFeed {
    private final HealthChecks health;
    private final DeploymentQueries queries;
    private final ShadowComparisons shadows;
    private final boolean automaticRollback;
    private final String actor;

    EngineMetricsFeed(HealthChecks health, DeploymentQueries queries, ShadowComparisons shadows,
                      boolean automaticRollback, String actor) {
        this.health = health;
        this.queries = queries;
        this.shadows = shadows;
        this.automaticRollback = automaticRollback;
        this.actor = actor;
    }

    @Override
    public RollbackDecision measured(String deploymentId, PerformanceMetrics metrics, long requestCount) {
        health.updateMetrics(deploymentId, metrics, actor);
        RollbackDecision decision = automaticRollback
                ? health.checkDeploymentHealth(deploymentId, requestCount)
                : evaluateOnly(queries.getDeployment(deploymentId), requestCount);
        health.addHealthCheck(deploymentId, statusOf(decision), metrics, messageOf(decision), actor);
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
        health.addHealthCheck(deploymentId, HealthStatus.UNKNOWN, null, "No metrics received: " + reason, actor);
    }

    @Override
    public void comparisons(String shadowId, List<ShadowComparison> batch) {
        shadows.recordShadowComparisons(shadowId, batch, actor);
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
