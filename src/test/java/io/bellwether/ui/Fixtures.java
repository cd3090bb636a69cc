package io.bellwether.ui;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;

/** Requests shared by the console's tests. */
public final class Fixtures {
    public static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000.0);

    private Fixtures() {
    }

    public static DeploymentRequest canary(String version, String environment) {
        return DeploymentRequest.builder("fraud_detector", version, DeploymentStrategy.CANARY, "devops@company.com")
                .environment(environment).baselineMetrics(BASELINE).rollbackConfig(RollbackConfig.BALANCED).build();
    }

    public static DeploymentRequest direct(String model, String version, String environment) {
        return DeploymentRequest.builder(model, version, DeploymentStrategy.DIRECT, "devops@company.com")
                .environment(environment).build();
    }
}
