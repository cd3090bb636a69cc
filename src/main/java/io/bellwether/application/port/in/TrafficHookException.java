package io.bellwether.application.port.in;

/** A traffic-controller call failed; the message names the deployment, the hook and its outcome. */
public class TrafficHookException extends IllegalStateException {
    private final transient HookCall call;

    public TrafficHookException(String message, HookCall call) {
        super(message);
        this.call = call;
    }

    /** The stored call, or null when the failure was in recording it. */
    public HookCall call() {
        return call;
    }
}
