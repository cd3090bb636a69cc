package io.bellwether.ui.health;

import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleResult;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class RuleFormatsTest {

    @Test
    void printsEachRuleOfARealDecisionInItsOwnTerms() {
        PerformanceMetrics baseline = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000);
        PerformanceMetrics current = new PerformanceMetrics(0.060, 0.120, 0.150, 0.031, 50);
        RollbackDecision decision = RollbackPolicy.evaluate(baseline, current, new RollbackConfig(true, 0.01, 1.5, 1000, 60), 5000);

        RuleResult threshold = rule(decision, RollbackPolicy.ERROR_RATE_THRESHOLD);
        assertThat(RuleFormats.measured(threshold)).isEqualTo("3.10%");
        assertThat(RuleFormats.threshold(threshold)).isEqualTo("1.00%");
        assertThat(RuleFormats.baseline(threshold)).isEqualTo("—");

        RuleResult increase = rule(decision, RollbackPolicy.ERROR_RATE_INCREASE);
        assertThat(RuleFormats.measured(increase)).isEqualTo("3000.00%");
        assertThat(RuleFormats.threshold(increase)).isEqualTo("100.00%");
        assertThat(RuleFormats.baseline(increase)).isEqualTo("0.10%");

        RuleResult p95 = rule(decision, RollbackPolicy.LATENCY_P95);
        assertThat(RuleFormats.measured(p95)).isEqualTo("2.40× (120.0 ms)");
        assertThat(RuleFormats.threshold(p95)).isEqualTo("1.50× baseline");
        assertThat(RuleFormats.baseline(p95)).isEqualTo("50.0 ms");
    }

    private static RuleResult rule(RollbackDecision decision, String id) {
        return decision.rules().stream().filter(rule -> rule.rule().equals(id)).findFirst().orElseThrow();
    }
}
