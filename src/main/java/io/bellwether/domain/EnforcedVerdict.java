package io.bellwether.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The guide's engine decision with each rule's {@link RuleMode} and the failure limit applied. With the
 * default settings (every rule {@code rollback}, failure limit 0) {@link #decision()} is the engine's
 * decision unchanged. Without a baseline the absolute rules (error-rate threshold, custom bounds) still run
 * and the relative ones are listed in {@link #notEvaluated()}; the reference evaluates nothing then.
 *
 * @param failedChecks the failed checks counted so far, this one included
 */
public record EnforcedVerdict(RollbackDecision engine, Action action, List<RuleResult> rollbackBreaches,
                              List<RuleResult> pauseBreaches, List<RuleResult> observedBreaches,
                              List<String> notEvaluated, int failedChecks, int failureLimit) {

    /** What the verdict does: nothing, roll back, pause the canary, or tolerate a failure within the limit. */
    public enum Action implements WireName { NONE, ROLLBACK, PAUSE, TOLERATED }

    /** The rules that need a baseline. */
    public static final List<String> RELATIVE_RULES = List.of(RollbackPolicy.ERROR_RATE_INCREASE,
            RollbackPolicy.LATENCY_P95, RollbackPolicy.LATENCY_P99);
    public static final String NO_BASELINE = "not evaluated: no baseline";

    public EnforcedVerdict {
        rollbackBreaches = List.copyOf(rollbackBreaches);
        pauseBreaches = List.copyOf(pauseBreaches);
        observedBreaches = List.copyOf(observedBreaches);
        notEvaluated = List.copyOf(notEvaluated);
    }

    /**
     * Judges {@code current} against {@code baselineOrNull} and enforces the settings.
     *
     * @param failedBefore failed checks counted before this one
     */
    public static EnforcedVerdict judge(PerformanceMetrics baselineOrNull, PerformanceMetrics current,
                                        RollbackConfig config, long requestCount, ProgressionSettings settings,
                                        int failedBefore) {
        PerformanceMetrics baseline = baselineOrNull == null ? PerformanceMetrics.EMPTY : baselineOrNull;
        RollbackDecision engine = RollbackPolicy.evaluate(baseline, current, config, requestCount);
        boolean judged = engine.skipped() == RollbackDecision.Skipped.NONE;
        return enforce(engine, settings, baselineOrNull == null && judged ? RELATIVE_RULES : List.of(), failedBefore);
    }

    public static EnforcedVerdict enforce(RollbackDecision engine, ProgressionSettings settings,
                                          List<String> notEvaluated, int failedBefore) {
        List<RuleResult> rollback = new ArrayList<>();
        List<RuleResult> pause = new ArrayList<>();
        List<RuleResult> observed = new ArrayList<>();
        for (RuleResult rule : engine.rules()) {
            if (rule.triggered()) {
                switch (settings.mode(rule.rule())) {
                    case ROLLBACK -> rollback.add(rule);
                    case PAUSE -> pause.add(rule);
                    case OBSERVE -> observed.add(rule);
                }
            }
        }
        boolean failed = !rollback.isEmpty() || !pause.isEmpty();
        int failures = failedBefore + (failed ? 1 : 0);
        Action action = !failed ? Action.NONE : failures <= settings.failureLimit() ? Action.TOLERATED
                : !rollback.isEmpty() ? Action.ROLLBACK : Action.PAUSE;
        return new EnforcedVerdict(engine, action, rollback, pause, observed, notEvaluated, failures,
                settings.failureLimit());
    }

    /** The decision acted on: a rollback only when a {@code rollback} rule fired beyond the failure limit. */
    public RollbackDecision decision() {
        boolean rollback = action == Action.ROLLBACK;
        return new RollbackDecision(rollback, rollback ? reasonsOf(rollbackBreaches) : List.of(), engine.rules(),
                engine.skipped());
    }

    public HealthStatus healthStatus() {
        return switch (action) {
            case ROLLBACK, TOLERATED -> HealthStatus.UNHEALTHY;
            case PAUSE -> HealthStatus.DEGRADED;
            case NONE -> engine.skipped() == RollbackDecision.Skipped.NONE ? HealthStatus.HEALTHY : HealthStatus.UNKNOWN;
        };
    }

    public String healthMessage() {
        List<String> acting = new ArrayList<>(reasonsOf(rollbackBreaches));
        acting.addAll(reasonsOf(pauseBreaches));
        String message = switch (action) {
            case ROLLBACK -> String.join("; ", reasonsOf(rollbackBreaches));
            case PAUSE -> "Paused for a human: " + String.join("; ", acting);
            case TOLERATED -> "Failed check " + failedChecks + " tolerated (failure limit " + failureLimit + "): "
                    + String.join("; ", acting);
            case NONE -> engine.skipped() == RollbackDecision.Skipped.NONE ? "Within thresholds"
                    : engine.healthMessage();
        };
        if (!observedBreaches.isEmpty() && action != Action.ROLLBACK) {
            message += "; observed only: " + String.join("; ", reasonsOf(observedBreaches));
        }
        if (!notEvaluated.isEmpty() && action != Action.ROLLBACK) {
            message += "; " + String.join(", ", notEvaluated) + " " + NO_BASELINE;
        }
        return message;
    }

    private static List<String> reasonsOf(List<RuleResult> rules) {
        return rules.stream().map(RuleResult::reason).toList();
    }
}
