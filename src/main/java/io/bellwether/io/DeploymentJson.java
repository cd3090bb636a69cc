package io.bellwether.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.ShadowDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A deployment (with its latest health checks) and a shadow deployment with the guide's keys. */
public final class DeploymentJson {
    private static final String HEALTH_CHECKS = "health_checks";

    private DeploymentJson() {
    }

    public static ObjectNode write(Deployment d, List<HealthCheck> healthChecks) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put("deployment_id", d.deploymentId());
        node.put("model_name", d.modelName());
        node.put("model_version", d.modelVersion());
        node.put("strategy", d.strategy().value());
        node.put("status", d.status().value());
        node.put("environment", d.environment());
        node.put("created_by", d.createdBy());
        putInstant(node, "created_at", d.createdAt());
        putInstant(node, "started_at", d.startedAt());
        putInstant(node, "completed_at", d.completedAt());
        putInstant(node, "rolled_back_at", d.rolledBackAt());
        node.set("baseline_metrics", d.baselineMetrics() == null ? null
                : PerformanceMetricsJson.write(d.baselineMetrics()));
        node.set("current_metrics", d.currentMetrics() == null ? null
                : PerformanceMetricsJson.write(d.currentMetrics()));
        node.set("rollback_config", RollbackConfigJson.write(d.rollbackConfig()));
        node.set("metadata", JsonFiles.MAPPER.valueToTree(d.metadata()));
        node.put("rollback_reason", d.rollbackReason());
        node.put("rollback_triggered_by", d.rollbackTriggeredBy());
        ArrayNode checks = node.putArray(HEALTH_CHECKS);
        healthChecks.forEach(check -> checks.add(write(check)));
        return node;
    }

    /** Hands every check of a deployment to its argument, oldest first. */
    public interface Checks {
        void each(Consumer<HealthCheck> check);
    }

    /**
     * The same text as {@code JsonFiles.write(write(d, checks))}, written while the checks are read, so that
     * a history of millions is never held at once.
     */
    public static void write(Deployment d, Checks checks, Writer out) throws IOException {
        ObjectNode node = write(d, List.of());
        try (JsonGenerator json = JsonFiles.prettyGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                json.writeFieldName(field.getKey());
                if (!field.getKey().equals(HEALTH_CHECKS)) {
                    json.writeTree(field.getValue());
                    continue;
                }
                json.writeStartArray();
                checks.each(check -> {
                    try {
                        json.writeTree(write(check));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private static ObjectNode write(HealthCheck check) {
        ObjectNode c = JsonFiles.MAPPER.createObjectNode();
        c.put("timestamp", check.timestamp().toString());
        c.put("status", check.status().value());
        c.set("metrics", PerformanceMetricsJson.write(check.metrics()));
        c.put("message", check.message());
        return c;
    }

    public static ObjectNode write(ShadowDeployment s) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put("shadow_id", s.shadowId());
        node.put("primary_model", s.primaryModel());
        node.put("shadow_model", s.shadowModel());
        node.put("traffic_percentage", s.trafficPercentage());
        putInstant(node, "created_at", s.createdAt());
        return node;
    }

    /** An instant as ISO-8601 text, or null. */
    static void putInstant(ObjectNode node, String key, Instant value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value.toString());
        }
    }
}
