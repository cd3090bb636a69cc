package io.bellwether.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.TrafficEvent;
import java.time.Duration;

/** The default: nothing outside Bellwether is called; the step is only recorded. */
public final class NoTrafficController implements TrafficController {

    @Override
    public HookOutcome call(TrafficEvent event) {
        return HookOutcome.success(HookAdapter.NONE, HookSettings.RECORD_ONLY, null, null, Duration.ZERO,
                "No traffic controller is configured for environment " + event.environment()
                        + ": the " + event.action().value() + " was recorded only; traffic was not moved.");
    }
}
