package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;

/**
 * A case object: {@code {"baseline": {...}, "current": {...}, "config": {...} (optional),
 * "request_count": N}}; other keys (such as {@code expected}) are ignored.
 */
public final class RollbackCaseJson {
    public static final String BASELINE = "baseline";
    public static final String CURRENT = "current";
    public static final String CONFIG = "config";
    public static final String REQUEST_COUNT = "request_count";

    private RollbackCaseJson() {
    }

    /** Refuses a bad case with an {@link InvalidInputException} whose field is the path, e.g. current.latency_p95. */
    public static RollbackCase read(JsonNode node) {
        JsonFields.object(node, "case");
        PerformanceMetrics baseline = metrics(node, BASELINE);
        PerformanceMetrics current = metrics(node, CURRENT);
        JsonNode configNode = node.get(CONFIG);
        RollbackConfig config = configNode == null || configNode.isNull() ? null : config(configNode);
        return new RollbackCase(baseline, current, config, JsonFields.requiredWholeNumber(node, REQUEST_COUNT));
    }

    private static RollbackConfig config(JsonNode configNode) {
        JsonFields.object(configNode, CONFIG);
        try {
            return RollbackConfigJson.read(configNode);
        } catch (InvalidInputException e) {
            throw e.within(CONFIG);
        }
    }

    private static PerformanceMetrics metrics(JsonNode node, String key) {
        JsonNode metrics = JsonFields.object(node.get(key), key);
        try {
            return PerformanceMetricsJson.read(metrics);
        } catch (InvalidInputException e) {
            throw e.within(key);
        }
    }
}
