package io.bellwether.drill;

import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A rollback drill: a canary of {@code model} against {@code baseline}, its schedule, the traffic
 * it sees (full-traffic request rate and relative noise), how long the last stage holds before the
 * rollout completes, an optional shadow deployment, the faults
 * injected, the deployment's progression settings (automatic progression, rule modes; the defaults when
 * absent) and what the engine is expected to do. Time is simulated from {@code start} in windows
 * of {@code window}; the same seed gives the same drill.
 */
public record DrillScenario(String name, String description, long seed, Instant start, Duration duration,
                            Duration window, String modelName, String modelVersion, PerformanceMetrics baseline,
                            RollbackConfig rollbackConfig, double requestsPerSecond, double noise,
                            CanarySchedule canary, Duration lastHold, ShadowTraffic shadow, List<Fault> faults,
                            Expectation expectation, ProgressionSettings progression) {

    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");

    /** With the default progression settings (the drill advances the canary itself, every rule rolls back). */
    public DrillScenario(String name, String description, long seed, Instant start, Duration duration,
                         Duration window, String modelName, String modelVersion, PerformanceMetrics baseline,
                         RollbackConfig rollbackConfig, double requestsPerSecond, double noise,
                         CanarySchedule canary, Duration lastHold, ShadowTraffic shadow, List<Fault> faults,
                         Expectation expectation) {
        this(name, description, seed, start, duration, window, modelName, modelVersion, baseline, rollbackConfig,
                requestsPerSecond, noise, canary, lastHold, shadow, faults, expectation, ProgressionSettings.DEFAULTS);
    }

    public DrillScenario {
        Checks.required("name", name);
        description = description == null ? "" : description;
        start = start == null ? DEFAULT_START : start;
        if (window == null || window.isNegative() || window.isZero()) {
            throw new InvalidInputException("window", window, "must be a positive duration");
        }
        if (duration == null || duration.compareTo(window) < 0) {
            throw new InvalidInputException("duration", duration, "must be at least one window (" + window + ")");
        }
        if (duration.dividedBy(window) > 100_000) {
            throw new InvalidInputException("duration", duration, "must not exceed 100000 windows of " + window);
        }
        Checks.required("model_name", modelName);
        Checks.required("model_version", modelVersion);
        if (baseline == null) {
            throw new InvalidInputException("baseline", null, "is required");
        }
        rollbackConfig = rollbackConfig == null ? RollbackConfig.DEFAULTS : rollbackConfig;
        Checks.positive("requests_per_second", requestsPerSecond);
        if (requestsPerSecond > 1_000_000) {
            throw new InvalidInputException("requests_per_second", requestsPerSecond, "must be at most 1000000");
        }
        if (!(noise >= 0 && noise < 0.5)) {
            throw new InvalidInputException("noise", noise, "must be at least 0 and below 0.5");
        }
        if (canary == null) {
            throw new InvalidInputException("stages", null, "must list at least one canary stage");
        }
        if (lastHold == null || lastHold.isNegative() || lastHold.isZero()) {
            throw new InvalidInputException("hold", lastHold, "must be a positive duration");
        }
        faults = faults == null ? List.of() : List.copyOf(faults);
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (fault.atStage() != null && fault.atStage() >= canary.size()) {
                throw new InvalidInputException("faults[" + i + "].at_stage", fault.atStage(),
                        "must name one of the " + canary.size() + " stages (0-based)");
            }
            if (fault.kind() == FaultKind.DISAGREEMENT && shadow == null) {
                throw new InvalidInputException("faults[" + i + "].kind", "disagreement",
                        "needs a shadow section in the scenario");
            }
        }
        if (expectation == null) {
            throw new InvalidInputException("expect", null, "is required");
        }
        progression = progression == null ? ProgressionSettings.DEFAULTS : progression;
        if (expectation.automaticProgression() && !progression.automatic()) {
            throw new InvalidInputException("expect.automatic_progression", true,
                    "needs \"progression\": {\"automatic\": true} in the scenario");
        }
    }

    public Instant end() {
        return start.plus(duration);
    }

    public List<CanarySchedule.Stage> stages() {
        return canary.stages();
    }

    /** How long stage {@code index} must stay healthy before the canary advances (or, at the last, completes). */
    public Duration hold(int index) {
        return index + 1 < canary.size() ? canary.stage(index + 1).plannedOffset().minus(canary.stage(index).plannedOffset())
                : lastHold;
    }

    public long windowCount() {
        return duration.dividedBy(window);
    }
}
