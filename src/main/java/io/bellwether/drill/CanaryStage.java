package io.bellwether.drill;

import io.bellwether.domain.InvalidInputException;
import java.time.Duration;

/** A stage of the drill's canary schedule: its traffic share, and how long it must stay healthy to advance. */
public record CanaryStage(double traffic, Duration hold) {
    public CanaryStage {
        if (!(traffic > 0 && traffic <= 1)) {
            throw new InvalidInputException("traffic", traffic, "must be greater than 0 and at most 1");
        }
        if (hold == null || hold.isNegative() || hold.isZero()) {
            throw new InvalidInputException("hold", hold, "must be a positive duration");
        }
    }
}
