package io.bellwether.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's Deployment. Health checks are not held here: they are an append-only history
 * queried on their own. Nullable fields: startedAt, completedAt, rolledBackAt, baselineMetrics,
 * currentMetrics, rollbackReason, rollbackTriggeredBy.
 */
public record Deployment(
        String deploymentId,
        String modelName,
        String modelVersion,
        DeploymentStrategy strategy,
        DeploymentStatus status,
        String environment,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant rolledBackAt,
        PerformanceMetrics baselineMetrics,
        PerformanceMetrics currentMetrics,
        RollbackConfig rollbackConfig,
        Map<String, Object> metadata,
        String rollbackReason,
        String rollbackTriggeredBy) {

    public Deployment {
        Checks.required("deployment_id", deploymentId);
        Checks.name("model_name", modelName);
        Checks.name("model_version", modelVersion);
        Checks.name("environment", environment);
        Checks.name("created_by", createdBy);
        Checks.text("rollback_reason", rollbackReason);
        Checks.text("rollback_triggered_by", rollbackTriggeredBy);
        if (strategy == null || status == null || createdAt == null) {
            throw new InvalidInputException("deployment " + deploymentId, null,
                    "needs a strategy, a status and a creation time");
        }
        rollbackConfig = rollbackConfig == null ? RollbackConfig.DEFAULTS : rollbackConfig;
        Checks.metadata("metadata", metadata == null ? Map.of() : metadata);
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** "model:version", as the guide names models. */
    public String modelRef() {
        return modelName + ":" + modelVersion;
    }

    public Optional<PerformanceMetrics> baseline() {
        return Optional.ofNullable(baselineMetrics);
    }

    public Optional<PerformanceMetrics> current() {
        return Optional.ofNullable(currentMetrics);
    }
}
