package io.bellwether.drill;

import io.bellwether.domain.WireName;

/** What a fault does to the simulated traffic while it is active. */
public enum FaultKind implements WireName {
    /** Latencies of the new model are multiplied by the magnitude (e.g. 3.0). */
    LATENCY,
    /** The magnitude (a fraction) is added to the new model's error rate. */
    ERROR_RATE,
    /** The shadow comparisons agree at the magnitude's rate (e.g. 0.6) instead of the scenario's. */
    DISAGREEMENT,
    /** The metrics feed delivers nothing; the magnitude is ignored. */
    OUTAGE;
}
