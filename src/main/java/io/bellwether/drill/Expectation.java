package io.bellwether.drill;

import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.Durations;
import io.bellwether.domain.InvalidInputException;
import java.time.Duration;

/**
 * What the scenario expects of the engine: a rollback detected between {@code detectedAfter} and
 * {@code detectedBy} after the first fault's onset, or no rollback at all; and optionally the
 * deployment's status when the drill ends. In an operator drill the operator must roll back within
 * {@code operatorWithin} (default {@link #DEFAULT_OPERATOR_WITHIN}) of the engine calling for it.
 * {@code automaticProgression}: every stage change and the completion were taken by automatic progression;
 * {@code observedBreach}: a rule in observe mode breached at least once (and, being observed, did not act).
 */
public record Expectation(boolean rollback, Duration detectedAfter, Duration detectedBy,
                          DeploymentStatus finalStatus, Duration operatorWithin, boolean automaticProgression,
                          boolean observedBreach) {
    public static final Duration DEFAULT_OPERATOR_WITHIN = Duration.ofHours(1);

    public Expectation(boolean rollback, Duration detectedAfter, Duration detectedBy, DeploymentStatus finalStatus) {
        this(rollback, detectedAfter, detectedBy, finalStatus, null);
    }

    public Expectation(boolean rollback, Duration detectedAfter, Duration detectedBy, DeploymentStatus finalStatus,
                       Duration operatorWithin) {
        this(rollback, detectedAfter, detectedBy, finalStatus, operatorWithin, false, false);
    }

    public Expectation {
        operatorWithin = operatorWithin == null ? DEFAULT_OPERATOR_WITHIN : operatorWithin;
        if (operatorWithin.isNegative() || operatorWithin.isZero()) {
            throw new InvalidInputException("operator_within", operatorWithin, "must be a positive duration");
        }
        if (rollback) {
            detectedAfter = detectedAfter == null ? Duration.ZERO : detectedAfter;
            if (detectedBy == null) {
                throw new InvalidInputException("detected_by", null, "is required when a rollback is expected");
            }
            if (detectedAfter.isNegative() || detectedBy.compareTo(detectedAfter) < 0) {
                throw new InvalidInputException("detected_by", detectedBy,
                        "must not be before detected_after " + detectedAfter);
            }
        } else if (detectedAfter != null || detectedBy != null) {
            throw new InvalidInputException("detected_by", detectedBy, "makes no sense without a rollback");
        }
    }

    public String describe() {
        String when = rollback ? "rollback detected " + Durations.format(detectedAfter) + " to "
                + Durations.format(detectedBy) + " after the first fault" : "no rollback";
        String ended = finalStatus == null ? when : when + ", final status " + finalStatus.value();
        return ended + (automaticProgression ? ", every stage taken by automatic progression" : "")
                + (observedBreach ? ", an observed rule breached without acting" : "");
    }
}
