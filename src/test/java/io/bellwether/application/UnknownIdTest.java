package io.bellwether.application;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnknownIdTest extends WorkspaceTestBase {
    private static final String NO_SUCH = "deploy_19990101_000000_nothing_v0";

    static Stream<Arguments> deploymentOperations() {
        PerformanceMetrics m = new PerformanceMetrics(0.01, 0.02, 0.03, 0.0, 1);
        Map<String, Consumer<Workspace>> ops = new java.util.LinkedHashMap<>();
        ops.put("start", s -> s.lifecycle().startDeployment(NO_SUCH, "op"));
        ops.put("complete", s -> s.lifecycle().completeDeployment(NO_SUCH, "op"));
        ops.put("fail", s -> s.lifecycle().failDeployment(NO_SUCH, "why", Operators.systemUser()));
        ops.put("cancel", s -> s.lifecycle().cancelDeployment(NO_SUCH, "why", "op"));
        ops.put("rollback", s -> s.lifecycle().rollbackDeployment(NO_SUCH, "why", "op"));
        ops.put("emergencyRollback", s -> s.lifecycle().emergencyRollback(NO_SUCH, "why", "op"));
        ops.put("updateMetrics", s -> s.health().updateMetrics(NO_SUCH, m, Operators.systemUser()));
        ops.put("addHealthCheck", s -> s.health().addHealthCheck(NO_SUCH, HealthStatus.HEALTHY, m, "ok", Operators.systemUser()));
        ops.put("checkDeploymentHealth", s -> s.health().checkDeploymentHealth(NO_SUCH, 5000));
        ops.put("setCanaryStage", s -> s.lifecycle().setCanaryStage(NO_SUCH, 1, 0.1, "op"));
        ops.put("setCanaryPaused", s -> s.lifecycle().setCanaryPaused(NO_SUCH, true, "op"));
        ops.put("getDeployment", s -> s.queries().getDeployment(NO_SUCH));
        ops.put("healthHistory", s -> s.queries().healthHistory(NO_SUCH, null, null));
        return ops.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deploymentOperations")
    void unknownDeploymentIsNamedAndNothingIsWritten(String name, Consumer<Workspace> operation) {
        create();
        int eventsBefore = events().size();

        assertThatThrownBy(() -> operation.accept(service))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(NO_SUCH);
        assertThat(events()).hasSize(eventsBefore);
    }

    static Stream<Arguments> shadowOperations() {
        String id = "shadow_19990101_000000";
        Map<String, Consumer<Workspace>> ops = new java.util.LinkedHashMap<>();
        ops.put("recordShadowComparison", s -> s.shadows().recordShadowComparison(id, 1, 1, 0.1, 0.1, true));
        ops.put("recordShadowComparisons", s -> s.shadows().recordShadowComparisons(id,
                List.of(ShadowComparison.of(Instant.EPOCH, 0.1, 0.2, true)), Operators.systemUser()));
        ops.put("compareShadowDeployment", s -> s.shadows().compareShadowDeployment(id));
        ops.put("getShadowDeployment", s -> s.queries().getShadowDeployment(id));
        ops.put("shadowComparisons", s -> s.queries().shadowComparisons(id, null, null));
        ops.put("shadowComparisonCount", s -> s.queries().shadowComparisonCount(id));
        return ops.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shadowOperations")
    void unknownShadowIsNamedAndNothingIsWritten(String name, Consumer<Workspace> operation) {
        service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100, Operators.systemUser());
        int eventsBefore = events().size();

        assertThatThrownBy(() -> operation.accept(service))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shadow_19990101_000000");
        assertThat(events()).hasSize(eventsBefore);
    }
}
