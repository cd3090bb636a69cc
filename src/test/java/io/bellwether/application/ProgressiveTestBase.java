package io.bellwether.application;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsFeed;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.util.List;
import java.util.Map;

/** A workspace with started progressive canaries (a three-day schedule) and the engine's metrics feed. */
abstract class ProgressiveTestBase extends WorkspaceTestBase {
    static final PerformanceMetrics GOOD = new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 80.0);
    static final List<Map<String, Object>> THREE_DAYS = List.of(Map.of("day", 1, "traffic", 0.1),
            Map.of("day", 2, "traffic", 0.5), Map.of("day", 3, "traffic", 1.0));

    DeploymentRequest.Builder progressive(Map<String, Object> progression) {
        return DeploymentRequest.builder("fraud_detector", "v3.0.0", DeploymentStrategy.CANARY, "devops@company.com")
                .baselineMetrics(BASELINE).rollbackConfig(RollbackConfig.BALANCED).metadata("schedule", THREE_DAYS)
                .metadata("progression", progression);
    }

    String started(DeploymentRequest.Builder request) {
        tick();
        String id = service.lifecycle().createDeployment(request.build()).deploymentId();
        service.lifecycle().startDeployment(id, "op");
        return id;
    }

    MetricsFeed feed() {
        return workspace.metricsFeed(true, "automated");
    }

    void healthyChecks(String id, int count) {
        for (int i = 0; i < count; i++) {
            tick();
            feed().measured(id, GOOD, 5000);
        }
    }

}
