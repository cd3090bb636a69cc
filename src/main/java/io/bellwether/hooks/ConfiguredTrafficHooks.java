package io.bellwether.hooks;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.HookOutcomeStore;
import io.bellwether.application.port.out.HookSettingsStore;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.TrafficHookStore;
import io.bellwether.application.port.out.TrafficHooks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.Redaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The traffic hooks that call the controller configured for an event's environment (none configured:
 * the step is recorded only), then store and audit the outcome with every secret masked. A
 * controller that throws is a failed outcome, not an error.
 */
public final class ConfiguredTrafficHooks implements TrafficHooks {
    private final HookSettingsStore settings;
    private final HookOutcomeStore outcomes;
    private final AuditTrail audit;
    private final TrafficControllerFactory controllers;
    private final Clock clock;
    private final UnaryOperator<String> environmentVariables;

    public ConfiguredTrafficHooks(TrafficHookStore store, AuditTrail audit, TrafficControllerFactory controllers,
                                  Clock clock, UnaryOperator<String> environmentVariables) {
        this.settings = store.settings();
        this.outcomes = store.outcomes();
        this.audit = audit;
        this.controllers = controllers;
        this.clock = clock;
        this.environmentVariables = environmentVariables;
    }

    @Override
    public HookCall call(String deploymentIdOrNull, TrafficEvent event, boolean retry) {
        HookSettings hook = settings.effective(event.environment());
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
        HookCall stored = outcomes.append(new HookCall(0, deploymentIdOrNull, event.environment(), event.action(),
                event.operator(), calledAt, retry, shown));
        boolean forDeployment = deploymentIdOrNull != null;
        audit.log(shown.succeeded() ? EventType.TRAFFIC_HOOK_CALLED : EventType.TRAFFIC_HOOK_FAILED,
                shown.succeeded() ? EventSeverity.INFO : EventSeverity.ERROR, event.operator(),
                forDeployment ? "deployment" : "environment",
                forDeployment ? deploymentIdOrNull : event.environment(),
                "traffic_hook_" + event.action().value(), details(stored));
        return stored;
    }

    private static Map<String, Object> details(HookCall call) {
        HookOutcome o = call.outcome();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hook_call_id", call.id());
        details.put("event", call.action().value());
        details.put("environment", call.environment());
        details.put("retry", call.retry());
        details.put("adapter", o.adapter().value());
        details.put("target", o.target());
        details.put("succeeded", o.succeeded());
        details.put("exit_code", o.exitCode());
        details.put("http_status", o.httpStatus());
        details.put("duration_ms", o.duration().toMillis());
        details.put("output", o.outputExcerpt());
        details.put("error", o.error());
        return details;
    }
}
