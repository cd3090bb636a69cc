package io.bellwether.hooks;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.TrafficHooks;

/**
 * The traffic hooks of a workspace that never moves traffic (a drill, an import): no controller is
 * called and no call is stored; each step's own audit event is its only record.
 */
public final class RecordOnlyTrafficHooks implements TrafficHooks {

    @Override
    public HookCall call(String deploymentIdOrNull, TrafficEvent event, boolean retry) {
        HookOutcome outcome = new NoTrafficController().call(event);
        return new HookCall(0, deploymentIdOrNull, event.environment(), event.action(), event.operator(),
                event.occurredAt(), retry, outcome);
    }

    @Override
    public boolean callsControllers() {
        return false;
    }
}
