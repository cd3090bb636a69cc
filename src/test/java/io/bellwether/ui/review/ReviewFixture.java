package io.bellwether.ui.review;

import io.bellwether.TestAccounts;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workspace as a manager finds it: fraud_detector v1.0.0 in production with a live deployment,
 * v2.0.0 asking for production with 400 shadow comparisons beside v1.0.0 (99 % agreement, shadow a
 * little slower), and churn_model v3 asking for staging without any shadow.
 */
public final class ReviewFixture {
    public static final String ENGINEER = "ml_engineer@company.com";
    public static final String MANAGER = "ml_manager@company.com";
    public static final String ENGINEER_ACCOUNT = "engineer-os";
    public static final PerformanceMetrics PRODUCTION_METRICS = new PerformanceMetrics(0.036, 0.051, 0.074, 0.0012,
            950.0);

    private ReviewFixture() {
    }

    /** The engineer, the analyst and the manager of the past each act from their own OS account in {@code accounts}. */
    public static void fill(ModelRegistry registry, Workspace deployments, TestAccounts accounts) {
        registry.registerModel("fraud_detector", "v1.0.0", "./models/fraud_v1.pt", "pytorch",
                "data_scientist@company.com", Map.of("accuracy", 0.941, "f1", 0.902, "auc", 0.962));
        accounts.as(ENGINEER_ACCOUNT, () -> registry.requestPromotion("fraud_detector", "v1.0.0",
                ModelStage.PRODUCTION, ENGINEER, "First release"));
        accounts.as("manager-earlier-os", () -> registry.approvePromotion("fraud_detector", "v1.0.0", MANAGER, "Go"));
        Deployment live = deployments.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v1.0.0",
                DeploymentStrategy.DIRECT, "devops@company.com").rollbackConfig(RollbackConfig.BALANCED).build());
        deployments.lifecycle().startDeployment(live.deploymentId(), "devops@company.com");
        deployments.lifecycle().completeDeployment(live.deploymentId(), "devops@company.com");
        deployments.health().updateMetrics(live.deploymentId(), PRODUCTION_METRICS, Operators.systemUser());

        registry.registerModel("fraud_detector", "v2.0.0", "./models/fraud_v2.pt", "pytorch",
                "data_scientist@company.com", Map.of("accuracy", 0.963, "f1", 0.921, "auc", 0.971));
        accounts.as(ENGINEER_ACCOUNT, () -> registry.requestPromotion("fraud_detector", "v2.0.0",
                ModelStage.PRODUCTION, ENGINEER, "Model exceeds accuracy requirements; shadow agreement above 98 % for a week"));
        ShadowDeployment shadow = deployments.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0, Operators.systemUser());
        List<ShadowComparison> batch = new ArrayList<>();
        Instant at = Instant.parse("2026-03-14T09:00:00Z");
        for (int i = 0; i < 400; i++) {
            double primary = 0.030 + (i % 50) * 0.0006;
            batch.add(new ShadowComparison(at.plusSeconds(i), null, null, primary, primary * 1.04, i % 100 != 0));
        }
        deployments.shadows().recordShadowComparisons(shadow.shadowId(), batch, Operators.systemUser());

        registry.registerModel("churn_model", "v3", "./models/churn_v3.onnx", "onnx", "analyst@company.com",
                Map.of("f1", 0.81));
        accounts.as("analyst-os", () -> registry.requestPromotion("churn_model", "v3", ModelStage.STAGING,
                "analyst@company.com", "Ready for integration tests"));
    }
}
