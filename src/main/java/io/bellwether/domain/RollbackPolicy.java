package io.bellwether.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rollback evaluation engine of the guide (see ARCHITECTURE.md for its exact semantics).
 *
 * <p>Rules run in the guide's order: error rate threshold, error rate increase over baseline,
 * P95 then P99 latency ratio; then one rule per {@link CustomMetricRule}. Comparisons are strict.
 * A {@link RuleResult} is recorded for every rule that was evaluated; the increase and latency
 * rules are not evaluated (and not listed) when the baseline value is 0, that is not measured.
 * For the increase and latency rules {@code measured} is the compared quantity (relative increase,
 * latency ratio), {@code threshold} the bound it is compared with, and {@code baseline} the
 * baseline value of the underlying metric.
 *
 * <p>A custom rule whose metric is absent from the current metrics is <em>triggered</em>, with a
 * reason saying the metric is missing and a NaN measured value: missing data must never look
 * healthy.
 */
public final class RollbackPolicy {
    public static final String ERROR_RATE_THRESHOLD = "error_rate_threshold";
    public static final String ERROR_RATE_INCREASE = "error_rate_increase";
    public static final String LATENCY_P95 = "latency_p95";
    public static final String LATENCY_P99 = "latency_p99";
    public static final String CUSTOM_PREFIX = "custom:";

    /** The guide's fixed bound on the relative error rate increase (100 %). */
    public static final double MAX_ERROR_RATE_INCREASE = 1.0;

    private RollbackPolicy() {
    }

    /** @param config null means {@link RollbackConfig#DEFAULTS} */
    public static RollbackDecision evaluate(PerformanceMetrics baseline, PerformanceMetrics current,
                                            RollbackConfig config, long requestCount) {
        if (baseline == null) {
            throw new InvalidInputException("baseline", null, "is required");
        }
        if (current == null) {
            throw new InvalidInputException("current", null, "is required");
        }
        Checks.nonNegative("request_count", requestCount);
        RollbackConfig cfg = config == null ? RollbackConfig.DEFAULTS : config;
        if (!cfg.enabled()) {
            return RollbackDecision.skipped(RollbackDecision.Skipped.DISABLED);
        }
        if (requestCount < cfg.minRequestsBeforeCheck()) {
            return RollbackDecision.skipped(RollbackDecision.Skipped.NOT_ENOUGH_REQUESTS);
        }

        List<RuleResult> rules = new ArrayList<>(4 + cfg.customRules().size());
        rules.add(errorRateThreshold(current, cfg));
        if (baseline.errorRate() > 0) {
            rules.add(errorRateIncrease(baseline, current));
        }
        if (baseline.latencyP95() > 0) {
            rules.add(latencyRatio(LATENCY_P95, "P95", current.latencyP95(), baseline.latencyP95(),
                    cfg.latencyThresholdMultiplier()));
        }
        if (baseline.latencyP99() > 0) {
            rules.add(latencyRatio(LATENCY_P99, "P99", current.latencyP99(), baseline.latencyP99(),
                    cfg.latencyThresholdMultiplier()));
        }
        for (CustomMetricRule rule : cfg.customRules()) {
            rules.add(custom(rule, baseline, current));
        }

        List<String> reasons = new ArrayList<>();
        for (RuleResult rule : rules) {
            if (rule.triggered()) {
                reasons.add(rule.reason());
            }
        }
        return new RollbackDecision(!reasons.isEmpty(), reasons, rules, RollbackDecision.Skipped.NONE);
    }

    private static RuleResult errorRateThreshold(PerformanceMetrics current, RollbackConfig cfg) {
        double rate = current.errorRate();
        double threshold = cfg.errorRateThreshold();
        boolean triggered = rate > threshold;
        String reason = triggered
                ? "Error rate " + PyFormat.percent(rate, 2) + " exceeds threshold " + PyFormat.percent(threshold, 2)
                : null;
        return new RuleResult(ERROR_RATE_THRESHOLD, rate, threshold, Double.NaN, triggered, reason);
    }

    private static RuleResult errorRateIncrease(PerformanceMetrics baseline, PerformanceMetrics current) {
        double increase = (current.errorRate() - baseline.errorRate()) / baseline.errorRate();
        boolean triggered = increase > MAX_ERROR_RATE_INCREASE;
        String reason = triggered
                ? "Error rate increased by " + PyFormat.percent(increase, 2) + " from baseline"
                : null;
        return new RuleResult(ERROR_RATE_INCREASE, increase, MAX_ERROR_RATE_INCREASE, baseline.errorRate(),
                triggered, reason);
    }

    private static RuleResult latencyRatio(String id, String label, double current, double baseline,
                                           double multiplier) {
        double ratio = current / baseline;
        boolean triggered = ratio > multiplier;
        String reason = triggered
                ? label + " latency " + PyFormat.fixed(current, 3) + "s is " + PyFormat.fixed(ratio, 2)
                  + "x baseline " + PyFormat.fixed(baseline, 3) + "s"
                : null;
        return new RuleResult(id, ratio, multiplier, baseline, triggered, reason);
    }

    private static RuleResult custom(CustomMetricRule rule, PerformanceMetrics baseline, PerformanceMetrics current) {
        String id = CUSTOM_PREFIX + rule.metric();
        String bound = PyFormat.shortest(rule.bound());
        String side = rule.direction() == CustomMetricRule.Direction.ABOVE ? "above" : "below";
        double baselineValue = baseline.customMetrics().getOrDefault(rule.metric(), Double.NaN);
        Double value = current.customMetrics().get(rule.metric());
        if (value == null) {
            return new RuleResult(id, Double.NaN, rule.bound(), baselineValue, true,
                    "Custom metric " + rule.metric() + " is missing from current metrics (rolls back when "
                    + side + " " + bound + ")");
        }
        boolean triggered = rule.isBreachedBy(value);
        String reason = triggered
                ? "Custom metric " + rule.metric() + " " + PyFormat.shortest(value) + " is " + side
                  + " bound " + bound
                : null;
        return new RuleResult(id, value, rule.bound(), baselineValue, triggered, reason);
    }
}
