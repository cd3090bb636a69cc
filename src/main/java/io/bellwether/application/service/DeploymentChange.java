package io.bellwether.application.service;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.PerformanceMetrics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A copy of a deployment with some fields changed. */
final class DeploymentChange {
    private final Deployment from;
    private DeploymentStatus status;
    private Instant startedAt;
    private Instant completedAt;
    private Instant rolledBackAt;
    private PerformanceMetrics baselineMetrics;
    private PerformanceMetrics currentMetrics;
    private final Map<String, Object> metadata;
    private String rollbackReason;
    private String rollbackTriggeredBy;

    private DeploymentChange(Deployment from) {
        this.from = from;
        this.status = from.status();
        this.startedAt = from.startedAt();
        this.completedAt = from.completedAt();
        this.rolledBackAt = from.rolledBackAt();
        this.baselineMetrics = from.baselineMetrics();
        this.currentMetrics = from.currentMetrics();
        this.metadata = new LinkedHashMap<>(from.metadata());
        this.rollbackReason = from.rollbackReason();
        this.rollbackTriggeredBy = from.rollbackTriggeredBy();
    }

    static DeploymentChange of(Deployment deployment) {
        return new DeploymentChange(deployment);
    }

    DeploymentChange status(DeploymentStatus value) {
        status = value;
        return this;
    }

    DeploymentChange startedAt(Instant value) {
        startedAt = value;
        return this;
    }

    DeploymentChange completedAt(Instant value) {
        completedAt = value;
        return this;
    }

    DeploymentChange rolledBack(Instant at, String reason, String triggeredBy) {
        rolledBackAt = at;
        rollbackReason = reason;
        rollbackTriggeredBy = triggeredBy;
        return this;
    }

    DeploymentChange baselineMetrics(PerformanceMetrics value) {
        baselineMetrics = value;
        return this;
    }

    DeploymentChange currentMetrics(PerformanceMetrics value) {
        currentMetrics = value;
        return this;
    }

    DeploymentChange metadata(String key, Object value) {
        metadata.put(key, value);
        return this;
    }

    DeploymentChange withoutMetadata(String key) {
        metadata.remove(key);
        return this;
    }

    Deployment build() {
        return new Deployment(from.deploymentId(), from.modelName(), from.modelVersion(), from.strategy(), status,
                from.environment(), from.createdBy(), from.createdAt(), startedAt, completedAt, rolledBackAt,
                baselineMetrics, currentMetrics, from.rollbackConfig(), metadata, rollbackReason,
                rollbackTriggeredBy);
    }
}
