package io.bellwether.application.port.in;

import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.ShadowComparison;
import java.util.List;

/**
 * Port: how measured traffic reaches the engine, one window at a time, as the guide's metrics loop
 * (update_metrics, then check_deployment_health). A serving stack's collector and the drill
 * simulator feed the same port.
 */
public interface MetricsFeed {

    /**
     * One measured window: the metrics become the deployment's current metrics, the engine judges
     * them and the verdict is recorded as a health check.
     */
    default RollbackDecision measured(String deploymentId, PerformanceMetrics metrics, long requestCount) {
        return judged(deploymentId, metrics, requestCount).decision();
    }

    /** As {@link #measured}, with the verdict's enforcement (rule modes, failure limit, rules not evaluated). */
    EnforcedVerdict judged(String deploymentId, PerformanceMetrics metrics, long requestCount);

    /**
     * A window in which nothing was measured: recorded as an UNKNOWN health check; nothing is
     * judged, so nothing can be promoted or rolled back on it.
     */
    void missing(String deploymentId, String reason);

    /** Comparisons of a shadow deployment measured in one window, stored as one batch. */
    void comparisons(String shadowId, List<ShadowComparison> batch);
}
