package io.bellwether.application.port.in;

/** What a traffic-hook adapter needs from the workspace: the settings to call, and where the call is recorded. */
public interface HookCallLog {

    /** What a deployment in {@code environment} calls: its own settings, else the "*" ones, else none. */
    HookSettings effective(String environment);

    /**
     * Stores the call (secrets already masked) and its audit event in one transaction.
     *
     * @return the call with its id
     */
    HookCall record(HookCall call);
}
