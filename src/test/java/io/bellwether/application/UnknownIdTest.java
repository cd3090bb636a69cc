package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownIdTest extends WorkspaceTestBase {
    private static final String NO_SUCH = "deploy_19990101_000000_nothing_v0";

    static Stream<Arguments> deploymentOperations() {
        PerformanceMetrics m = new PerformanceMetrics(0.01, 0.02, 0.03, 0.0, 1);
        Map<String, Consumer<DeploymentService>> ops = new java.util.LinkedHashMap<>();
        ops.put("start", s -> s.startDeployment(NO_SUCH, "op"));
        ops.put("complete", s -> s.completeDeployment(NO_SUCH, "op"));
        ops.put("fail", s -> s.failDeployment(NO_SUCH, "why"));
        ops.put("cancel", s -> s.cancelDeployment(NO_SUCH, "why", "op"));
        ops.put("rollback", s -> s.rollbackDeployment(NO_SUCH, "why", "op"));
        ops.put("emergencyRollback", s -> s.emergencyRollback(NO_SUCH, "why", "op"));
        ops.put("updateMetrics", s -> s.updateMetrics(NO_SUCH, m));
        ops.put("addHealthCheck", s -> s.addHealthCheck(NO_SUCH, HealthStatus.HEALTHY, m, "ok"));
        ops.put("checkDeploymentHealth", s -> s.checkDeploymentHealth(NO_SUCH, 5000));
        ops.put("setCanaryStage", s -> s.setCanaryStage(NO_SUCH, 1, 0.1, "op"));
        ops.put("setCanaryPaused", s -> s.setCanaryPaused(NO_SUCH, true, "op"));
        ops.put("getDeployment", s -> s.getDeployment(NO_SUCH));
        ops.put("healthHistory", s -> s.healthHistory(NO_SUCH, null, null));
        return ops.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deploymentOperations")
    void unknownDeploymentIsNamedAndNothingIsWritten(String name, Consumer<DeploymentService> operation) {
        create();
        int eventsBefore = events().size();

        assertThatThrownBy(() -> operation.accept(service))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(NO_SUCH);
        assertThat(events()).hasSize(eventsBefore);
    }

    static Stream<Arguments> shadowOperations() {
        String id = "shadow_19990101_000000";
        Map<String, Consumer<DeploymentService>> ops = new java.util.LinkedHashMap<>();
        ops.put("recordShadowComparison", s -> s.recordShadowComparison(id, 1, 1, 0.1, 0.1, true));
        ops.put("recordShadowComparisons", s -> s.recordShadowComparisons(id,
                List.of(ShadowComparison.of(Instant.EPOCH, 0.1, 0.2, true))));
        ops.put("compareShadowDeployment", s -> s.compareShadowDeployment(id));
        ops.put("getShadowDeployment", s -> s.getShadowDeployment(id));
        ops.put("shadowComparisons", s -> s.shadowComparisons(id, null, null));
        ops.put("shadowComparisonCount", s -> s.shadowComparisonCount(id));
        return ops.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shadowOperations")
    void unknownShadowIsNamedAndNothingIsWritten(String name, Consumer<DeploymentService> operation) {
        service.shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100);
        int eventsBefore = events().size();

        assertThatThrownBy(() -> operation.accept(service))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shadow_19990101_000000");
        assertThat(events()).hasSize(eventsBefore);
    }
}
