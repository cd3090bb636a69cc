package io.bellwether.domain;

import java.time.Instant;

/** One recorded health check of a deployment. */
public record HealthCheck(Instant timestamp, HealthStatus status, PerformanceMetrics metrics, String message) {
    public HealthCheck {
        Checks.instant("timestamp", timestamp);
        if (status == null) {
            throw new InvalidInputException("status", null, "is required");
        }
        metrics = metrics == null ? PerformanceMetrics.EMPTY : metrics;
        message = message == null ? "" : Checks.text("message", message);
    }
}
