package io.bellwether.ui.health;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The why table counts an observed rule's breaches over the stored checks and lists rules without a baseline. */
class ObservedBreachesTest {
    static final Instant AT = Instant.parse("2026-03-14T09:00:00Z");
    static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000.0);

    static Deployment deployment(PerformanceMetrics baseline, Map<String, Object> metadata) {
        return new Deployment("d1", "fraud", "v2", DeploymentStrategy.CANARY, DeploymentStatus.IN_PROGRESS,
                "production", "devops", AT, AT, null, null, baseline, null, RollbackConfig.BALANCED, metadata, null, null);
    }

    static HealthCheck check(int minute, double errorRate) {
        return new HealthCheck(AT.plusSeconds(60L * minute), HealthStatus.HEALTHY,
                new PerformanceMetrics(0.036, 0.051, 0.076, errorRate, 80.0), "x");
    }

    @Test
    void anObservedRuleIsCountedOverTheStoredChecks() {
        Deployment d = deployment(BASELINE, Map.of("progression", Map.of("rule_modes",
                Map.of("error_rate_threshold", "observe"))));
        List<HealthCheck> history = List.of(check(1, 0.02), check(2, 0.001), check(3, 0.03),
                new HealthCheck(AT.plusSeconds(240), HealthStatus.UNKNOWN, null, "no data"));

        List<WhyRow> rows = ObservedBreaches.rows(d, history);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.decision()).isEqualTo("Observe mode: breached in 2 of 3 checks");
            assertThat(row.rule().rule()).isEqualTo("error_rate_threshold");
            assertThat(row.rule().triggered()).isFalse();
        });
    }

    @Test
    void withoutABaselineTheRelativeRulesAreListedAsNotEvaluated() {
        List<WhyRow> rows = ObservedBreaches.rows(deployment(null, Map.of()), List.of(check(1, 0.001)));

        assertThat(rows).extracting(row -> row.rule().rule())
                .containsExactly("error_rate_increase", "latency_p95", "latency_p99");
        assertThat(rows).allSatisfy(row -> assertThat(row.rule().reason()).isEqualTo("not evaluated: no baseline"));
        assertThat(ObservedBreaches.rows(deployment(BASELINE, Map.of()), List.of(check(1, 0.001)))).isEmpty();
    }
}
