package io.bellwether.ui.canary;

import java.time.Instant;

/** One row of the stage table; {@code actualStart} is null for a stage not reached. */
public record StageRow(int index, String label, Instant plannedStart, Instant actualStart, double traffic,
                       StageStatus status, String gate) {
}
