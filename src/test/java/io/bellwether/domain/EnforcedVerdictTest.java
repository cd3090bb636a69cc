package io.bellwether.domain;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** With the default settings the enforced decision is the engine's; modes and the failure limit change only the action. */
class EnforcedVerdictTest {
    static final RollbackConfig WITH_CUSTOM = RollbackConfig.BALANCED.withCustomRules(List.of(
            new CustomMetricRule("conversion", CustomMetricRule.Direction.BELOW, 0.03)));

    static PerformanceMetrics random(Random random) {
        double p50 = random.nextDouble() * 0.1;
        double p95 = p50 + random.nextDouble() * 0.1;
        double p99 = p95 + random.nextDouble() * 0.2;
        Map<String, Double> custom = random.nextBoolean() ? Map.of("conversion", random.nextDouble() * 0.06) : Map.of();
        return new PerformanceMetrics(p50, p95, p99, random.nextDouble() * 0.03, 100, custom);
    }

    @Test
    void theDefaultSettingsGiveTheEnginesDecisionExactly() {
        Random random = new Random(13);
        int rollbacks = 0;
        for (int i = 0; i < 2000; i++) {
            PerformanceMetrics baseline = random(random);
            PerformanceMetrics current = random(random);
            long requests = random.nextInt(3000);
            RollbackDecision engine = RollbackPolicy.evaluate(baseline, current, WITH_CUSTOM, requests);
            EnforcedVerdict verdict = EnforcedVerdict.judge(baseline, current, WITH_CUSTOM, requests,
                    ProgressionSettings.DEFAULTS, 0);
            assertThat(verdict.decision()).isEqualTo(engine);
            assertThat(verdict.healthStatus()).isEqualTo(engine.healthStatus());
            if (engine.rollback()) {
                rollbacks++;
                assertThat(verdict.healthMessage()).isEqualTo(engine.healthMessage());
            }
        }
        assertThat(rollbacks).as("the sample has rollbacks to compare").isGreaterThan(100);
    }

    @Test
    void observeAndPauseModesAndTheFailureLimitChangeOnlyTheAction() {
        PerformanceMetrics baseline = new PerformanceMetrics(0.03, 0.05, 0.07, 0.001, 100);
        PerformanceMetrics slow = new PerformanceMetrics(0.03, 0.2, 0.3, 0.001, 100);
        ProgressionSettings observe = ProgressionSettings.DEFAULTS.withMode("latency_p95", RuleMode.OBSERVE)
                .withMode("latency_p99", RuleMode.OBSERVE);
        EnforcedVerdict observed = EnforcedVerdict.judge(baseline, slow, RollbackConfig.DEFAULTS, 500, observe, 0);
        assertThat(observed.action()).isEqualTo(EnforcedVerdict.Action.NONE);
        assertThat(observed.healthStatus()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(observed.observedBreaches()).extracting(RuleResult::rule).containsExactly("latency_p95", "latency_p99");

        ProgressionSettings pause = observe.withMode("latency_p99", RuleMode.PAUSE);
        EnforcedVerdict paused = EnforcedVerdict.judge(baseline, slow, RollbackConfig.DEFAULTS, 500, pause, 0);
        assertThat(paused.action()).isEqualTo(EnforcedVerdict.Action.PAUSE);
        assertThat(paused.decision().rollback()).isFalse();
        assertThat(paused.healthStatus()).isEqualTo(HealthStatus.DEGRADED);

        ProgressionSettings tolerant = new ProgressionSettings(false, 3, 2, 3, Map.of());
        assertThat(EnforcedVerdict.judge(baseline, slow, RollbackConfig.DEFAULTS, 500, tolerant, 1).action())
                .isEqualTo(EnforcedVerdict.Action.TOLERATED);
        assertThat(EnforcedVerdict.judge(baseline, slow, RollbackConfig.DEFAULTS, 500, tolerant, 2).action())
                .isEqualTo(EnforcedVerdict.Action.ROLLBACK);
    }
}
