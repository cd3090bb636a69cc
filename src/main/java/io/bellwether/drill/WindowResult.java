package io.bellwether.drill;

import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import java.time.Instant;
import java.util.List;

/**
 * One simulated window of a drill as the views need it. {@code metrics} and {@code decision} are
 * null when the feed delivered nothing; {@code stage} and {@code traffic} are those the window ran at.
 */
public record WindowResult(long index, Instant from, Instant to, int stage, double traffic,
                           PerformanceMetrics metrics, long requestCount, int comparisons,
                           RollbackDecision decision, HealthStatus health, List<String> activeFaults,
                           Event event, DeploymentStatus statusAfter) {

    /** What the window changed. */
    public enum Event { NONE, PROMOTED, COMPLETED, ENGINE_ROLLED_BACK, ENGINE_WOULD_ROLL_BACK }

    public WindowResult {
        activeFaults = List.copyOf(activeFaults);
    }

    public boolean measured() {
        return metrics != null;
    }
}
