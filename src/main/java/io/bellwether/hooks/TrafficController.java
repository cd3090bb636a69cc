package io.bellwether.hooks;

import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.out.TrafficEvent;

/**
 * Port: moves an environment's traffic when a deployment starts, changes canary stage, completes or
 * is rolled back. A call blocks until the controller answered or its timeout passed, so it is made
 * from a worker thread, never the FX thread. It does not throw for a failed call: a non-zero exit, an
 * HTTP error, a timeout or a refused connection is a failed {@link HookOutcome}.
 */
public interface TrafficController {

    HookOutcome call(TrafficEvent event);
}
