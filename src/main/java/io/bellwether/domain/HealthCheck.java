package io.bellwether.domain;

import java.time.Instant;

/** One recorded health check of a deployment. */
public record HealthCheck(Instant timestamp, HealthStatus status, PerformanceMetrics metrics, String message) {
    public HealthCheck {
        if (timestamp == null) {
            throw new InvalidInputException("timestamp", null, "is required");
        }
        if (status == null) {
            throw new InvalidInputException("status", null, "is required");
        }
        metrics = metrics == null ? PerformanceMetrics.EMPTY : metrics;
        message = message == null ? "" : message;
    }
}
