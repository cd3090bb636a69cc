package io.bellwether.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** When something happened in a drill: simulated instant, time since the drill began, stage, who and why. */
public record Moment(Instant at, Duration sinceStart, int stage, double traffic, String by, List<String> reasons) {
    public Moment {
        reasons = List.copyOf(reasons);
    }
}
