package io.bellwether.domain;

import io.bellwether.domain.CustomMetricRule.Direction;
import io.bellwether.domain.RollbackDecision.Skipped;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RollbackPolicyTest {
    /** Baseline error rate and p99 not measured, so only the threshold and P95 rules apply. */
    static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.05, 0.1, 0, 0, 100);
    static final RollbackConfig CONFIG = new RollbackConfig(true, 0.05, 2.0, 100, 60);

    static PerformanceMetrics withErrorRate(double errorRate) {
        return new PerformanceMetrics(0.05, 0.1, 0, errorRate, 100);
    }

    static PerformanceMetrics withP95(double p95) {
        return new PerformanceMetrics(0, p95, 0, 0, 100);
    }

    @Nested
    class WhenRulesDoNotRun {
        @Test
        void disabledConfigSkipsEvenTerribleMetrics() {
            RollbackConfig disabled = new RollbackConfig(false, 0.05, 2.0, 100, 60);
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(1.0), disabled, 1_000_000);
            assertThat(decision.rollback()).isFalse();
            assertThat(decision.reasons()).isEmpty();
            assertThat(decision.rules()).isEmpty();
            assertThat(decision.skipped()).isEqualTo(Skipped.DISABLED);
        }

        @Test
        void fewerRequestsThanTheMinimumSkips() {
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(1.0), CONFIG, 99);
            assertThat(decision.rollback()).isFalse();
            assertThat(decision.rules()).isEmpty();
            assertThat(decision.skipped()).isEqualTo(Skipped.NOT_ENOUGH_REQUESTS);
        }

        @Test
        void exactlyTheMinimumRuns() {
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(1.0), CONFIG, 100);
            assertThat(decision.skipped()).isEqualTo(Skipped.NONE);
            assertThat(decision.rollback()).isTrue();
        }

        @Test
        void nullConfigMeansTheGuideDefaults() {
            assertThat(RollbackPolicy.evaluate(BASELINE, withErrorRate(0.06), null, 99).skipped())
                    .isEqualTo(Skipped.NOT_ENOUGH_REQUESTS);
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(0.06), null, 100);
            assertThat(decision.reasons()).containsExactly("Error rate 6.00% exceeds threshold 5.00%");
        }
    }

    @Nested
    class EachRuleAlone {
        @Test
        void errorRateAtTheThresholdIsNotABreach() {
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(0.05), CONFIG, 100);
            assertThat(decision.rollback()).isFalse();
            RuleResult rule = decision.rules().get(0);
            assertThat(rule.rule()).isEqualTo("error_rate_threshold");
            assertThat(rule.triggered()).isFalse();
            assertThat(rule.reason()).isNull();
        }

        @Test
        void errorRateAboveTheThreshold() {
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(0.0501), CONFIG, 100);
            assertThat(decision.reasons()).containsExactly("Error rate 5.01% exceeds threshold 5.00%");
            assertThat(decision.rules()).extracting(RuleResult::rule).containsExactly("error_rate_threshold", "latency_p95");
            RuleResult rule = decision.rules().get(0);
            assertThat(rule.measured()).isEqualTo(0.0501);
            assertThat(rule.threshold()).isEqualTo(0.05);
            assertThat(rule.baseline()).isNaN();
            assertThat(rule.triggered()).isTrue();
        }

        @Test
        void errorRateDoublingIsNotYetAnIncreaseBreach() {
            PerformanceMetrics baseline = new PerformanceMetrics(0, 0, 0, 0.01, 100);
            RollbackDecision decision = RollbackPolicy.evaluate(baseline, new PerformanceMetrics(0, 0, 0, 0.02, 100), CONFIG, 100);
            RuleResult increase = rule(decision, "error_rate_increase");
            assertThat(increase.measured()).isEqualTo(1.0);
            assertThat(increase.triggered()).isFalse();
            assertThat(decision.rollback()).isFalse();
        }

        @Test
        void errorRateIncreaseOverBaseline() {
            PerformanceMetrics baseline = new PerformanceMetrics(0, 0, 0, 0.01, 100);
            RollbackDecision decision = RollbackPolicy.evaluate(baseline, new PerformanceMetrics(0, 0, 0, 0.025, 100), CONFIG, 100);
            assertThat(decision.reasons()).containsExactly("Error rate increased by 150.00% from baseline");
            RuleResult increase = rule(decision, "error_rate_increase");
            assertThat(increase.threshold()).isEqualTo(1.0);
            assertThat(increase.baseline()).isEqualTo(0.01);
        }

        @Test
        void noBaselineErrorRateMeansNoIncreaseRule() {
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(0.04), CONFIG, 100);
            assertThat(decision.rules()).extracting(RuleResult::rule).doesNotContain("error_rate_increase");
        }

        @Test
        void p95AtExactlyTheMultiplierIsNotABreach() {
            RollbackDecision decision = RollbackPolicy.evaluate(withP95(0.1), withP95(0.2), CONFIG, 100);
            assertThat(rule(decision, "latency_p95").measured()).isEqualTo(2.0);
            assertThat(decision.rollback()).isFalse();
        }

        @Test
        void p95AboveTheMultiplier() {
            RollbackDecision decision = RollbackPolicy.evaluate(withP95(0.1), withP95(0.25), CONFIG, 100);
            assertThat(decision.reasons()).containsExactly("P95 latency 0.250s is 2.50x baseline 0.100s");
            RuleResult p95 = rule(decision, "latency_p95");
            assertThat(p95.measured()).isEqualTo(2.5);
            assertThat(p95.threshold()).isEqualTo(2.0);
            assertThat(p95.baseline()).isEqualTo(0.1);
            assertThat(decision.rules()).extracting(RuleResult::rule).doesNotContain("latency_p99");
        }

        @Test
        void p99AboveTheMultiplier() {
            PerformanceMetrics baseline = new PerformanceMetrics(0, 0, 0.2, 0, 100);
            PerformanceMetrics current = new PerformanceMetrics(0, 0, 0.5, 0, 100);
            RollbackDecision decision = RollbackPolicy.evaluate(baseline, current, CONFIG, 100);
            assertThat(decision.reasons()).containsExactly("P99 latency 0.500s is 2.50x baseline 0.200s");
            assertThat(decision.rules()).extracting(RuleResult::rule).containsExactly("error_rate_threshold", "latency_p99");
        }

        @Test
        void everyRuleTriggersInTheGuidesOrder() {
            PerformanceMetrics baseline = new PerformanceMetrics(0.05, 0.1, 0.2, 0.01, 100);
            PerformanceMetrics current = new PerformanceMetrics(0.1, 0.3, 0.5, 0.06, 100);
            RollbackDecision decision = RollbackPolicy.evaluate(baseline, current, CONFIG, 100);
            assertThat(decision.reasons()).containsExactly(
                    "Error rate 6.00% exceeds threshold 5.00%",
                    "Error rate increased by 500.00% from baseline",
                    "P95 latency 0.300s is 3.00x baseline 0.100s",
                    "P99 latency 0.500s is 2.50x baseline 0.200s");
            assertThat(decision.rules()).allMatch(RuleResult::triggered);
        }
    }

    @Nested
    class TiesRoundToEven {
        @Test
        void percentTie() {
            RollbackConfig config = new RollbackConfig(true, 0.001, 2.0, 0, 60);
            RollbackDecision decision = RollbackPolicy.evaluate(BASELINE, withErrorRate(0.00125), config, 0);
            assertThat(decision.reasons()).containsExactly("Error rate 0.12% exceeds threshold 0.10%");
        }

        @Test
        void ratioAndSecondsTies() {
            RollbackDecision ratioTie = RollbackPolicy.evaluate(withP95(0.25), withP95(0.53125), CONFIG, 100);
            assertThat(ratioTie.reasons()).containsExactly("P95 latency 0.531s is 2.12x baseline 0.250s");
            RollbackDecision secondsTie = RollbackPolicy.evaluate(withP95(0.0625), withP95(0.140625), CONFIG, 100);
            assertThat(secondsTie.reasons()).containsExactly("P95 latency 0.141s is 2.25x baseline 0.062s");
        }
    }

    @Nested
    class CustomRules {
        final PerformanceMetrics baseline = new PerformanceMetrics(0, 0, 0, 0, 100,
                Map.of("conversion_rate", 0.05, "cost_per_request", 0.002));

        RollbackDecision evaluate(Map<String, Double> current, CustomMetricRule... rules) {
            return RollbackPolicy.evaluate(baseline, new PerformanceMetrics(0, 0, 0, 0, 100, current),
                    CONFIG.withCustomRules(List.of(rules)), 100);
        }

        @Test
        void belowTheBoundTriggersABelowRule() {
            RollbackDecision decision = evaluate(Map.of("conversion_rate", 0.03),
                    new CustomMetricRule("conversion_rate", Direction.BELOW, 0.04));
            assertThat(decision.rollback()).isTrue();
            assertThat(decision.reasons()).containsExactly("Custom metric conversion_rate 0.03 is below bound 0.04");
            RuleResult rule = rule(decision, "custom:conversion_rate");
            assertThat(rule.measured()).isEqualTo(0.03);
            assertThat(rule.threshold()).isEqualTo(0.04);
            assertThat(rule.baseline()).isEqualTo(0.05);
        }

        @Test
        void atOrAboveTheBoundPassesABelowRule() {
            CustomMetricRule below = new CustomMetricRule("conversion_rate", Direction.BELOW, 0.04);
            assertThat(evaluate(Map.of("conversion_rate", 0.04), below).rollback()).isFalse();
            assertThat(evaluate(Map.of("conversion_rate", 0.06), below).rollback()).isFalse();
        }

        @Test
        void aboveTheBoundTriggersAnAboveRule() {
            CustomMetricRule above = new CustomMetricRule("cost_per_request", Direction.ABOVE, 0.003);
            RollbackDecision decision = evaluate(Map.of("cost_per_request", 0.0045), above);
            assertThat(decision.reasons()).containsExactly("Custom metric cost_per_request 0.0045 is above bound 0.003");
            assertThat(evaluate(Map.of("cost_per_request", 0.003), above).rollback()).isFalse();
            assertThat(evaluate(Map.of("cost_per_request", 0.001), above).rollback()).isFalse();
        }

        @Test
        void aMissingMetricTriggersInsteadOfLookingHealthy() {
            RollbackDecision decision = evaluate(Map.of(), new CustomMetricRule("revenue", Direction.BELOW, 10));
            assertThat(decision.rollback()).isTrue();
            assertThat(decision.reasons()).containsExactly(
                    "Custom metric revenue is missing from current metrics (rolls back when below 10.0)");
            RuleResult rule = rule(decision, "custom:revenue");
            assertThat(rule.measured()).isNaN();
            assertThat(rule.baseline()).isNaN();
            assertThat(rule.triggered()).isTrue();
        }

        @Test
        void customRulesComeAfterTheGuideRules() {
            PerformanceMetrics current = new PerformanceMetrics(0, 0, 0, 0.5, 100, Map.of("conversion_rate", 0.01));
            RollbackDecision decision = RollbackPolicy.evaluate(baseline, current,
                    CONFIG.withCustomRules(List.of(new CustomMetricRule("conversion_rate", Direction.BELOW, 0.04))), 100);
            assertThat(decision.rules()).extracting(RuleResult::rule)
                    .containsExactly("error_rate_threshold", "custom:conversion_rate");
            assertThat(decision.reasons()).hasSize(2);
            assertThat(decision.reasons().get(0)).startsWith("Error rate 50.00%");
            assertThat(decision.reasons().get(1)).startsWith("Custom metric conversion_rate");
        }
    }

    @Nested
    class BadArguments {
        @Test
        void negativeRequestCountIsRefused() {
            assertThatThrownBy(() -> RollbackPolicy.evaluate(BASELINE, BASELINE, CONFIG, -1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("request_count").hasMessageContaining("-1");
        }

        @Test
        void missingMetricsAreRefused() {
            assertThatThrownBy(() -> RollbackPolicy.evaluate(null, BASELINE, CONFIG, 1))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("baseline");
            assertThatThrownBy(() -> RollbackPolicy.evaluate(BASELINE, null, CONFIG, 1))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("current");
        }
    }

    static RuleResult rule(RollbackDecision decision, String id) {
        return decision.rules().stream().filter(r -> r.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id + " in " + decision.rules()));
    }
}
