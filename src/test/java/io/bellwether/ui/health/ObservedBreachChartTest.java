package io.bellwether.ui.health;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.common.ChartData;
import io.bellwether.ui.views.ScreenFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observe-mode breaches on the health charts: a canary (1.5x, 1 %) whose latency_p95 and error_rate_threshold rules
 * only watch, with checks p95 1.0x, 1.8x, 1.2x, 2.0x (error rate 0.1 %, 0.1 %, 2 %, 0.1 %).
 */
class ObservedBreachChartTest {
    @RegisterExtension
    static final BusyWorkspace BUSY = new BusyWorkspace();
    static ScreenFixtures fixtures;
    static String id;

    @BeforeAll
    static void addObservedCanary() {
        fixtures = BUSY.fixtures();
        id = fixtures.workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v3.0.0",
                        DeploymentStrategy.CANARY, "devops@company.com").baselineMetrics(ScreenFixtures.BASELINE)
                .rollbackConfig(ScreenFixtures.GUIDE_CONFIG).metadata("progression", Map.of("rule_modes",
                        Map.of("latency_p95", "observe", "error_rate_threshold", "observe"))).build()).deploymentId();
        double[][] values = {{0.050, 0.001}, {0.090, 0.001}, {0.060, 0.02}, {0.100, 0.001}};
        for (double[] value : values) {
            fixtures.clock.advance(Duration.ofMinutes(1));
            fixtures.workspace.health().addHealthCheck(id, HealthStatus.HEALTHY,
                    new PerformanceMetrics(0.035, value[0], 0.110, value[1], 50), "", Operators.systemUser());
        }
    }

    @Test
    void eachObservedBreachIsAPointOnItsMetricsSeriesNamedForTheLegend() {
        HealthHistoryViewModel model = new HealthHistoryViewModel(fixtures.workspace.queries(),
                fixtures.workspace.audit(), new InlineTaskExecutor());
        model.show(id);
        List<HealthCheck> checks = fixtures.workspace.queries().healthHistory(id, null, null);

        assertThat(model.latencyObserved()).hasSize(1);
        var p95 = model.latencyObserved().get(0);
        assertThat(p95.getName()).isEqualTo("observed latency_p95 breach (2)");
        assertThat(p95.getDataCount()).isEqualTo(2);
        assertThat(p95.get(0, 0)).isEqualTo(ChartData.epochSeconds(checks.get(1).timestamp()));
        assertThat(p95.get(1, 0)).isEqualTo(90.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(p95.get(0, 1)).isEqualTo(ChartData.epochSeconds(checks.get(3).timestamp()));
        assertThat(model.errorObserved()).hasSize(1);
        assertThat(model.errorObserved().get(0).getName()).isEqualTo("observed error_rate_threshold breach (1)");
        assertThat(model.errorObserved().get(0).get(1, 0)).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(model.why()).extracting(WhyRow::decision).contains("Observe mode: breached in 2 of 4 checks",
                "Observe mode: breached in 1 of 4 checks");

        model.show(fixtures.rolledBackCanaryId);
        assertThat(model.latencyObserved()).isEmpty();
        assertThat(model.errorObserved()).isEmpty();
    }
}
