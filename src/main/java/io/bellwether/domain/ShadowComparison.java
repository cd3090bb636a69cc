package io.bellwether.domain;

import java.time.Instant;

/**
 * One request seen by both models. Results are kept as JSON text (null when not recorded);
 * latencies are in seconds.
 */
public record ShadowComparison(Instant timestamp, String primaryResultJson, String shadowResultJson,
                               double primaryLatency, double shadowLatency, boolean agreement) {
    public ShadowComparison {
        Checks.instant("timestamp", timestamp);
        Checks.latency("primary_latency", primaryLatency);
        Checks.latency("shadow_latency", shadowLatency);
    }

    public static ShadowComparison of(Instant timestamp, double primaryLatency, double shadowLatency,
                                      boolean agreement) {
        return new ShadowComparison(timestamp, null, null, primaryLatency, shadowLatency, agreement);
    }
}
