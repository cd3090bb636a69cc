package io.bellwether.ui.timeline;

import java.util.List;

/** One deployment's swimlane, its events oldest first. */
public record TimelineLane(String id, String label, String sublabel, List<TimelineEvent> events) {
    public TimelineLane {
        events = List.copyOf(events);
    }
}
