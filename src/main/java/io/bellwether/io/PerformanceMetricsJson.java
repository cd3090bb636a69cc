package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import java.util.LinkedHashMap;
import java.util.Map;

/** PerformanceMetrics with the guide's snake_case keys; a missing key is 0.0 (not measured), as in the guide. */
public final class PerformanceMetricsJson {
    public static final String LATENCY_P50 = "latency_p50";
    public static final String LATENCY_P95 = "latency_p95";
    public static final String LATENCY_P99 = "latency_p99";
    public static final String ERROR_RATE = "error_rate";
    public static final String REQUESTS_PER_SECOND = "requests_per_second";
    public static final String CUSTOM_METRICS = "custom_metrics";

    private PerformanceMetricsJson() {
    }

    /** Unknown keys are ignored; wrong types and invalid values are refused naming the key. */
    public static PerformanceMetrics read(JsonNode node) {
        JsonFields.object(node, "metrics");
        return new PerformanceMetrics(
                JsonFields.number(node, LATENCY_P50, 0.0),
                JsonFields.number(node, LATENCY_P95, 0.0),
                JsonFields.number(node, LATENCY_P99, 0.0),
                JsonFields.number(node, ERROR_RATE, 0.0),
                JsonFields.number(node, REQUESTS_PER_SECOND, 0.0),
                customMetrics(node.get(CUSTOM_METRICS)));
    }

    private static Map<String, Double> customMetrics(JsonNode node) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (node == null) {
            return metrics;
        }
        JsonFields.object(node, CUSTOM_METRICS);
        for (var entry : node.properties()) {
            try {
                metrics.put(entry.getKey(), JsonFields.number(node, entry.getKey(), 0.0));
            } catch (InvalidInputException e) {
                throw e.within(CUSTOM_METRICS);
            }
        }
        return metrics;
    }

    public static ObjectNode write(PerformanceMetrics metrics) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put(LATENCY_P50, metrics.latencyP50());
        node.put(LATENCY_P95, metrics.latencyP95());
        node.put(LATENCY_P99, metrics.latencyP99());
        node.put(ERROR_RATE, metrics.errorRate());
        node.put(REQUESTS_PER_SECOND, metrics.requestsPerSecond());
        ObjectNode custom = node.putObject(CUSTOM_METRICS);
        metrics.customMetrics().forEach(custom::put);
        return node;
    }
}
