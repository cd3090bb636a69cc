package io.bellwether.application.port.in;

import java.util.List;

/** Reads, changes (audited as CONFIGURATION_CHANGED, secrets masked) and tries the traffic-controller settings. */
public interface TrafficHookSettings {

    /** The settings stored per environment, sorted by environment. */
    List<HookSettings> all();

    /** What a deployment in {@code environment} calls: its own settings, else the "*" ones, else none. */
    HookSettings effective(String environment);

    void set(HookSettings changed, String operator);

    /**
     * Calls the environment's controller with a "test" event for no deployment (traffic 0); the call
     * is stored and audited like any other.
     */
    HookCall test(String environment, String operator);
}
