package io.bellwether.drill;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.time.Duration;

/**
 * One injected fault. It begins {@code delay} after the drill starts, or after the canary reaches
 * stage {@code atStage} when that is set, and lasts {@code length} (null: to the end of the drill).
 * A ramp grows linearly from no effect to the full magnitude over its length.
 */
public record Fault(FaultKind kind, Duration delay, Integer atStage, Duration length, double magnitude,
                    boolean ramp, String description) {

    public Fault {
        if (kind == null) {
            throw new InvalidInputException("kind", null, "is required");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new InvalidInputException("start", delay, "must not be negative");
        }
        if (atStage != null && atStage < 0) {
            throw new InvalidInputException("at_stage", atStage, "must not be negative");
        }
        if (length != null && (length.isZero() || length.isNegative())) {
            throw new InvalidInputException("duration", length, "must be positive");
        }
        if (ramp && length == null) {
            throw new InvalidInputException("duration", null, "is required for a ramp");
        }
        switch (kind) {
            case LATENCY -> Checks.positive("magnitude", magnitude);
            case ERROR_RATE, DISAGREEMENT -> Checks.fraction("magnitude", magnitude);
            case OUTAGE -> Checks.finite("magnitude", magnitude);
        }
        description = description == null || description.isBlank() ? defaultDescription(kind, magnitude, ramp)
                : description;
    }

    private static String defaultDescription(FaultKind kind, double magnitude, boolean ramp) {
        String how = ramp ? "rising to " : "";
        return switch (kind) {
            case LATENCY -> "Latency " + how + "x" + magnitude;
            case ERROR_RATE -> "Error rate " + how + "+" + magnitude;
            case DISAGREEMENT -> "Shadow agreement " + (ramp ? "falling to " : "") + magnitude;
            case OUTAGE -> "Metrics feed outage";
        };
    }

    /**
     * How strongly the fault acts {@code sinceOnset} after its onset: 0 before and after, 1 at full
     * effect, in between on a ramp.
     */
    public double intensity(Duration sinceOnset) {
        if (sinceOnset.isNegative() || (length != null && sinceOnset.compareTo(length) >= 0)) {
            return 0;
        }
        if (!ramp) {
            return 1;
        }
        // one millisecond in, so that a ramp already counts as active at its onset
        return Math.min(1.0, (double) (sinceOnset.toMillis() + 1) / length.toMillis());
    }
}
