package io.bellwether.domain;

import java.util.List;

/** The guide's RollbackConfig, plus custom metric rules (empty by default). */
public record RollbackConfig(
        boolean enabled,
        double errorRateThreshold,
        double latencyThresholdMultiplier,
        long minRequestsBeforeCheck,
        long checkIntervalSeconds,
        List<CustomMetricRule> customRules) {

    public static final RollbackConfig DEFAULTS = new RollbackConfig(true, 0.05, 2.0, 100, 60);
    public static final RollbackConfig CONSERVATIVE = new RollbackConfig(true, 0.005, 1.2, 500, 30);
    public static final RollbackConfig BALANCED = new RollbackConfig(true, 0.01, 1.5, 1000, 60);
    public static final RollbackConfig AGGRESSIVE = new RollbackConfig(true, 0.02, 2.0, 5000, 300);

    public RollbackConfig {
        Checks.fraction("error_rate_threshold", errorRateThreshold);
        Checks.positive("latency_threshold_multiplier", latencyThresholdMultiplier);
        Checks.nonNegative("min_requests_before_check", minRequestsBeforeCheck);
        Checks.nonNegative("check_interval_seconds", checkIntervalSeconds);
        customRules = customRules == null ? List.of() : List.copyOf(customRules);
    }

    public RollbackConfig(boolean enabled, double errorRateThreshold, double latencyThresholdMultiplier,
                          long minRequestsBeforeCheck, long checkIntervalSeconds) {
        this(enabled, errorRateThreshold, latencyThresholdMultiplier, minRequestsBeforeCheck,
                checkIntervalSeconds, List.of());
    }

    public RollbackConfig withCustomRules(List<CustomMetricRule> rules) {
        return new RollbackConfig(enabled, errorRateThreshold, latencyThresholdMultiplier,
                minRequestsBeforeCheck, checkIntervalSeconds, rules);
    }
}
