package io.bellwether.application.port.out;

import io.bellwether.application.port.in.HookSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the traffic-controller settings of each environment. */
public interface HookSettingsStore {

    /** Sorted by environment. */
    List<HookSettings> all();

    Optional<HookSettings> find(String environment);

    /** The environment's own settings, else those of {@link HookSettings#ANY_ENVIRONMENT}, else none. */
    default HookSettings effective(String environment) {
        return find(environment)
                .or(() -> find(HookSettings.ANY_ENVIRONMENT).map(s -> s.forEnvironment(environment)))
                .orElseGet(() -> HookSettings.none(environment));
    }

    /** Inserts or replaces the environment's settings. */
    void put(HookSettings settings, String changedBy, Instant changedAt);
}
