package io.bellwether.ui.timeline;

import java.util.List;
import java.util.Locale;

/**
 * A lane whose health history is longer than the timeline draws, and the sentence that says so: {@code checks}
 * scanned, all of them unless {@code more} (the scan stopped at its newest {@link TimelineViewModel#HEALTH_SCANNED},
 * so the lane is not counted: counting two million checks on every reload took a second or two).
 */
record ThinnedLane(String label, long checks, boolean more) {
    private static final int NAMED = 3;

    /**
     * "Thinned: fraud:v2 has more than 100,000 health checks; its lane draws the changes of status among the newest
     * 100,000 (at most 1,000 marks)." — empty when no lane is thinned.
     */
    static String note(List<ThinnedLane> lanes) {
        if (lanes.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("Thinned: ");
        for (int i = 0; i < Math.min(NAMED, lanes.size()); i++) {
            ThinnedLane lane = lanes.get(i);
            note.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%s has %s%,d health checks; its lane"
                    + " draws the changes of status among the %s (at most %,d marks).", lane.label(),
                    lane.more() ? "more than " : "", lane.checks(), lane.more() ? String.format(Locale.ROOT,
                            "newest %,d", lane.checks()) : "checks", TimelineViewModel.HEALTH_MARKS));
        }
        if (lanes.size() > NAMED) {
            note.append(" ").append(lanes.size() - NAMED).append(" more lane").append(lanes.size() - NAMED == 1 ? " is" : "s are")
                    .append(" thinned alike.");
        }
        return note.toString();
    }
}
