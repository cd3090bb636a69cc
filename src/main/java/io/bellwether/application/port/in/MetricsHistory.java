package io.bellwether.application.port.in;

import java.time.Instant;
import java.util.Optional;

/**
 * Use case: what a bound deployment's Prometheus measured since the deployment started, for the Health
 * history screen. It does blocking I/O (one {@code query_range} per charted metric, each bounded by the
 * binding's timeout) and records nothing; a query that fails is a failed series, never an exception.
 */
public interface MetricsHistory {

    /**
     * The latency and error rate series of the deployment's binding from its start (its creation when it
     * never started) to {@code now} (or its end), one point every check_interval_seconds, at most
     * {@code maxPoints} per series (the step grows to keep within it). Empty when the deployment has no
     * binding; unknown deployments raise {@link NotFoundException}.
     */
    Optional<SampledHistory> history(String deploymentId, Instant now, int maxPoints);
}
