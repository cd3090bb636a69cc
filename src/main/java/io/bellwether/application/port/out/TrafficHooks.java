package io.bellwether.application.port.out;

import io.bellwether.application.port.in.HookCall;

/**
 * Port: tells the outside world that a lifecycle step moves traffic, before the change (which
 * happens only when the call succeeded) and after a committed rollback. A call blocks for up to the
 * hook's timeout. It does not throw for a failed call: a failure is a call whose outcome failed.
 */
public interface TrafficHooks {

    /**
     * @param deploymentIdOrNull null for a connectivity test of an environment
     * @param retry              a repeated rollback call an operator asked for
     * @return the call as recorded
     */
    HookCall call(String deploymentIdOrNull, TrafficEvent event, boolean retry);

    /** False when no controller is ever called, whatever the workspace's settings say (a drill, an import). */
    boolean callsControllers();
}
