package io.bellwether.application.port.out;

import io.bellwether.application.port.in.HealthChecks;
import io.bellwether.domain.Deployment;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the console's automatic evaluation gets the request count it passes to
 * {@link io.bellwether.application.port.in.HealthChecks#checkDeploymentHealth(String, long)}: the number of requests the
 * deployment has served, which the engine compares with min_requests_before_check.
 */
@FunctionalInterface
public interface RequestCounts {

    /** Metadata key under which an external feed may record the deployment's request count. */
    String REQUEST_COUNT_KEY = "request_count";

    long requestCount(Deployment deployment, Instant now);

    /**
     * The count the console uses when no traffic system is connected: the number recorded in the
     * deployment's metadata under {@value #REQUEST_COUNT_KEY} if there is one; otherwise the
     * current requests_per_second multiplied by the seconds since the deployment started
     * (0 when it has not started or has no current metrics, so the engine skips it).
     */
    static RequestCounts estimatedFromThroughput() {
        return (deployment, now) -> {
            if (deployment.metadata().get(REQUEST_COUNT_KEY) instanceof Number recorded) {
                return Math.max(0, recorded.longValue());
            }
            if (deployment.startedAt() == null || deployment.currentMetrics() == null || now.isBefore(deployment.startedAt())) {
                return 0;
            }
            double seconds = Duration.between(deployment.startedAt(), now).toMillis() / 1000.0;
            return (long) Math.floor(deployment.currentMetrics().requestsPerSecond() * seconds);
        };
    }
}
