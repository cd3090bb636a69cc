package io.bellwether.application.port.in;

import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Checks;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** What it takes to create a deployment, as the guide's create_deployment arguments. */
public record DeploymentRequest(String modelName, String modelVersion, DeploymentStrategy strategy,
                                String createdBy, String environment, PerformanceMetrics baselineMetrics,
                                RollbackConfig rollbackConfig, Map<String, Object> metadata) {

    public DeploymentRequest {
        environment = environment == null ? "production" : Checks.name("environment", environment);
        Checks.name("model_name", modelName);
        Checks.name("model_version", modelVersion);
        Checks.name("created_by", createdBy);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        Checks.metadata("metadata", metadata);
        if (strategy == DeploymentStrategy.CANARY) {
            CanarySchedule.fromMetadata(metadata);
        }
    }

    public static Builder builder(String modelName, String modelVersion, DeploymentStrategy strategy,
                                  String createdBy) {
        return new Builder(modelName, modelVersion, strategy, createdBy);
    }

    public static final class Builder {
        private final String modelName;
        private final String modelVersion;
        private final DeploymentStrategy strategy;
        private final String createdBy;
        private String environment = "production";
        private PerformanceMetrics baselineMetrics;
        private RollbackConfig rollbackConfig;
        private final Map<String, Object> metadata = new LinkedHashMap<>();

        private Builder(String modelName, String modelVersion, DeploymentStrategy strategy, String createdBy) {
            this.modelName = modelName;
            this.modelVersion = modelVersion;
            this.strategy = strategy;
            this.createdBy = createdBy;
        }

        public Builder environment(String value) {
            this.environment = value;
            return this;
        }

        public Builder baselineMetrics(PerformanceMetrics value) {
            this.baselineMetrics = value;
            return this;
        }

        public Builder rollbackConfig(RollbackConfig value) {
            this.rollbackConfig = value;
            return this;
        }

        public Builder metadata(String key, Object value) {
            this.metadata.put(key, value);
            return this;
        }

        public Builder metadata(Map<String, Object> values) {
            this.metadata.putAll(values);
            return this;
        }

        public DeploymentRequest build() {
            return new DeploymentRequest(modelName, modelVersion, strategy, createdBy, environment,
                    baselineMetrics, rollbackConfig, metadata);
        }
    }
}
