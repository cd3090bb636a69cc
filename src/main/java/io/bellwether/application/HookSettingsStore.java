package io.bellwether.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the traffic-controller settings of each environment. */
public interface HookSettingsStore {

    /** Sorted by environment. */
    List<HookSettings> all();

    Optional<HookSettings> find(String environment);

    /** Inserts or replaces the environment's settings. */
    void put(HookSettings settings, String changedBy, Instant changedAt);
}
