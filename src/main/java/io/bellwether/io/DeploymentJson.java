package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.List;

/** A deployment (with its latest health checks) and a shadow deployment with the guide's keys. */
public final class DeploymentJson {
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
        ArrayNode checks = node.putArray("health_checks");
        for (HealthCheck check : healthChecks) {
            ObjectNode c = checks.addObject();
            c.put("timestamp", check.timestamp().toString());
            c.put("status", check.status().value());
            c.set("metrics", PerformanceMetricsJson.write(check.metrics()));
            c.put("message", check.message());
        }
        return node;
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
