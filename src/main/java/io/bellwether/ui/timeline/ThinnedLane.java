package io.bellwether.ui.timeline;

import java.util.List;
import java.util.Locale;

/**
 * A lane whose health history is longer than the timeline draws, and the sentence that says so: the deployment
 * has {@code checks} (its stored count) and the lane's marks were picked from the newest {@code scanned} of them
 * (all of them, unless the scan stopped at {@link TimelineViewModel#HEALTH_SCANNED}).
 */
record ThinnedLane(String label, long checks, long scanned) {
    private static final int NAMED = 3;

    /**
     * "Thinned: fraud:v2 has 2,000,000 health checks; its lane draws the changes of status among the newest
     * 100,000 (at most 1,000 marks)." — empty when no lane is thinned.
     */
    static String note(List<ThinnedLane> lanes) {
        if (lanes.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("Thinned: ");
        for (int i = 0; i < Math.min(NAMED, lanes.size()); i++) {
            ThinnedLane lane = lanes.get(i);
            boolean newestOnly = lane.scanned() < lane.checks();
            note.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%s has %,d health checks; its lane"
                    + " draws the changes of status among the %s (at most %,d marks).", lane.label(), lane.checks(),
                    newestOnly ? String.format(Locale.ROOT, "newest %,d", lane.scanned()) : "checks",
                    TimelineViewModel.HEALTH_MARKS));
        }
        if (lanes.size() > NAMED) {
            note.append(" ").append(lanes.size() - NAMED).append(" more lane").append(lanes.size() - NAMED == 1 ? " is" : "s are")
                    .append(" thinned alike.");
        }
        return note.toString();
    }
}
