package io.bellwether.application.service;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.HealthChecks;
import io.bellwether.application.port.in.MetricsFeed;
import io.bellwether.application.port.in.ShadowComparisons;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import java.util.List;

/**
 * The {@link MetricsFeed} over the health and shadow use cases. With automatic rollback the engine acts
 * ({@link HealthChecks#checkDeploymentHealth}); without it (an operator's drill) the same rules
 * are only evaluated, so the caller learns when the engine would have rolled back.
 */
record EngineMetricsFeed(HealthChecks health, DeploymentQueries queries, ShadowComparisons shadows,
                         boolean automaticRollback, String actor) implements MetricsFeed {
    /** How the UNKNOWN check of a sample whose data was missing begins (the queue finds failed reads by it). */
    static final String NO_METRICS = "No metrics received: ";

    @Override
    public EnforcedVerdict judged(String deploymentId, PerformanceMetrics metrics, long requestCount) {
        health.updateMetrics(deploymentId, metrics, actor);
        EnforcedVerdict verdict = automaticRollback
                ? health.judgeDeploymentHealth(deploymentId, requestCount)
                : Enforcement.verdict(queries.getDeployment(deploymentId), requestCount);
        health.addHealthCheck(deploymentId, verdict.healthStatus(), metrics, verdict.healthMessage(), actor);
        return verdict;
    }

    @Override
    public void missing(String deploymentId, String reason) {
        health.addHealthCheck(deploymentId, HealthStatus.UNKNOWN, null, NO_METRICS + reason, actor);
    }

    @Override
    public void comparisons(String shadowId, List<ShadowComparison> batch) {
        shadows.recordShadowComparisons(shadowId, batch, actor);
    }
}
