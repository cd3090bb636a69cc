package io.bellwether.hooks;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookCallLog;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.TrafficHooks;
import io.bellwether.domain.Redaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/**
 * The traffic hooks that call the controller configured for an event's environment (none configured:
 * the step is recorded only), then record the outcome with every secret masked. A controller that
 * throws is a failed outcome, not an error.
 */
public record ConfiguredTrafficHooks(HookCallLog log, TrafficControllerFactory controllers, Clock clock,
                                     UnaryOperator<String> environmentVariables) implements TrafficHooks {

    @Override
    public HookCall call(String deploymentIdOrNull, TrafficEvent event, boolean retry) {
        HookSettings hook = log.effective(event.environment());
        Instant calledAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long started = System.nanoTime();
        HookOutcome outcome;
        try {
            outcome = controllers.create(hook, environmentVariables).call(event);
        } catch (RuntimeException e) {
            outcome = HookOutcome.failure(hook.adapter(), hook.target(), null, null,
                    Duration.ofNanos(System.nanoTime() - started), null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        HookOutcome shown = outcome.redacted(Redaction.of(hook.secretValues(environmentVariables)));
        return log.record(new HookCall(0, deploymentIdOrNull, event.environment(), event.action(),
                event.operator(), calledAt, retry, shown));
    }

    @Override
    public boolean callsControllers() {
        return true;
    }
}
