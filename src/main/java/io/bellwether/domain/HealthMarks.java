package io.bellwether.domain;

import java.util.List;

/**
 * The checks a timeline draws of a health history, oldest first, and how many of its newest checks they were
 * chosen among: fewer than the scan allowed means the history holds exactly that many.
 */
public record HealthMarks(List<HealthCheck> marks, int scanned) {
    public HealthMarks {
        marks = List.copyOf(marks);
    }

    /** Whether the scan stopped at {@code newestScanned} checks, so the history may hold more than it saw. */
    public boolean scanFull(int newestScanned) {
        return scanned >= newestScanned;
    }
}
