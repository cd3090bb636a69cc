package io.bellwether.application.port.in;

import java.util.Arrays;
import java.util.Optional;

/** The metrics a binding may measure besides custom ones, by the names the guide's PerformanceMetrics uses. */
public enum BoundMetric {
    LATENCY_P50("latency_p50"), LATENCY_P95("latency_p95"), LATENCY_P99("latency_p99"), ERROR_RATE("error_rate"),
    REQUESTS_PER_SECOND("requests_per_second"), REQUEST_COUNT("request_count");

    private final String key;

    BoundMetric(String key) {
        this.key = key;
    }

    /** The template key of the metric, e.g. latency_p95. */
    public String key() {
        return key;
    }

    public static Optional<BoundMetric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
