package io.bellwether.domain;

import java.util.Map;

/**
 * Latency percentiles in seconds, error rate as a fraction, throughput, and custom metrics,
 * as the guide's PerformanceMetrics. A value of 0 means "not measured", as the guide's defaults.
 */
public record PerformanceMetrics(
        double latencyP50,
        double latencyP95,
        double latencyP99,
        double errorRate,
        double requestsPerSecond,
        Map<String, Double> customMetrics) {

    public static final PerformanceMetrics EMPTY = new PerformanceMetrics(0, 0, 0, 0, 0, Map.of());

    public PerformanceMetrics {
        Checks.latency("latency_p50", latencyP50);
        Checks.latency("latency_p95", latencyP95);
        Checks.latency("latency_p99", latencyP99);
        Checks.fraction("error_rate", errorRate);
        Checks.nonNegative("requests_per_second", requestsPerSecond);
        if (latencyP50 > 0 && latencyP95 > 0 && latencyP50 > latencyP95) {
            throw new InvalidInputException("latency_p50", latencyP50,
                    "must not exceed latency_p95 " + latencyP95);
        }
        if (latencyP95 > 0 && latencyP99 > 0 && latencyP95 > latencyP99) {
            throw new InvalidInputException("latency_p95", latencyP95,
                    "must not exceed latency_p99 " + latencyP99);
        }
        customMetrics = Checks.finiteNumbers(customMetrics, "custom_metrics.",
                name -> Checks.required("custom metric name", name), "must be a number");
    }

    public PerformanceMetrics(double latencyP50, double latencyP95, double latencyP99,
                              double errorRate, double requestsPerSecond) {
        this(latencyP50, latencyP95, latencyP99, errorRate, requestsPerSecond, Map.of());
    }
}
