package io.bellwether.ui.timeline;

import java.time.Instant;
import java.util.List;

/** One mark on a swimlane: what happened to a deployment, when, and the lines of its details. */
public record TimelineEvent(String laneId, Instant time, Kind kind, String title, List<String> details) {

    /** What the mark stands for; the view gives each its colour and shape. */
    public enum Kind {
        CREATED, STARTED, STAGE_CHANGED, HEALTH_HEALTHY, HEALTH_DEGRADED, HEALTH_UNHEALTHY, HEALTH_UNKNOWN,
        ROLLED_BACK, COMPLETED, FAILED, CANCELLED, COMPARISONS, HOOK_CALLED, HOOK_FAILED;

        public boolean isHealthCheck() {
            return name().startsWith("HEALTH_");
        }
    }

    public TimelineEvent {
        details = List.copyOf(details);
    }
}
