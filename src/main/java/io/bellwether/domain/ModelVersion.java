package io.bellwether.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A registered model version, as the guide's ModelMetadata: who registered which file of which
 * framework, its stage, and its offline metrics (accuracy, f1, ...), each a finite number.
 */
public record ModelVersion(String name, String version, String modelPath, String framework, String createdBy,
                           Instant createdAt, ModelStage stage, Map<String, Double> metrics) {

    public ModelVersion {
        Checks.name("name", name);
        Checks.name("version", version);
        Checks.text("model_path", Checks.required("model_path", modelPath));
        Checks.name("framework", framework);
        Checks.name("created_by", createdBy);
        if (name.contains(":")) {
            throw new InvalidInputException("name", "\"" + name + "\"",
                    "must not contain ':' (it separates name and version)");
        }
        if (createdAt == null) {
            throw new InvalidInputException("created_at", null, "is required");
        }
        if (stage == null) {
            throw new InvalidInputException("stage", null, "is required");
        }
        metrics = Checks.finiteNumbers(metrics, "metrics.", metric -> Checks.name("metric name", metric),
                "is required");
    }

    /** The reference a deployment uses for this version: {@code name:version}. */
    public String ref() {
        return name + ":" + version;
    }

    public ModelVersion withStage(ModelStage next) {
        return new ModelVersion(name, version, modelPath, framework, createdBy, createdAt, next, metrics);
    }
}
