package io.bellwether.application.service;

import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.domain.ModelComparison;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentItem;
import io.bellwether.domain.PyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Performance benchmarks meet requirements": the candidate's offline metrics against the version in
 * production. Met when the candidate has metrics and none of those production also has is worse
 * (lower is better for names with latency, error or loss; higher for the others).
 */
final class ChecklistBenchmarks {
    private ChecklistBenchmarks() {
    }

    static PreDeploymentCheck check(ModelRegistry registry, String name, String version) {
        ModelVersion candidate = registry.getModel(name, version);
        if (candidate.metrics().isEmpty()) {
            return new PreDeploymentCheck(PreDeploymentItem.BENCHMARKS_MET, false, "no offline metrics registered",
                    registryLink(candidate));
        }
        Optional<ModelVersion> production = registry.productionVersion(name, version);
        if (production.isEmpty()) {
            return new PreDeploymentCheck(PreDeploymentItem.BENCHMARKS_MET, true, candidate.metrics().size()
                    + " offline metrics; nothing of " + name + " in production to compare with", registryLink(candidate));
        }
        ModelComparison comparison = registry.compareModels(name, production.get().version(), version);
        List<String> worse = new ArrayList<>();
        for (ModelComparison.MetricRow row : comparison.rows()) {
            Double difference = row.difference();
            if (difference != null && (lowerIsBetter(row.metric()) ? difference > 0 : difference < 0)) {
                worse.add(row.metric() + " " + PyFormat.fixed(row.left(), 4) + " → " + PyFormat.fixed(row.right(), 4));
            }
        }
        String against = "against " + production.get().ref() + " in production";
        return new PreDeploymentCheck(PreDeploymentItem.BENCHMARKS_MET, worse.isEmpty(), worse.isEmpty()
                ? "no offline metric worse " + against : "worse " + against + ": " + String.join(", ", worse),
                registryLink(candidate));
    }

    private static PreDeploymentCheck.Link registryLink(ModelVersion candidate) {
        return new PreDeploymentCheck.Link(PreDeploymentCheck.Place.REGISTRY, candidate.ref());
    }

    static boolean lowerIsBetter(String metric) {
        String lower = metric.toLowerCase(Locale.ROOT);
        return lower.contains("latency") || lower.contains("error") || lower.contains("loss");
    }
}
