package io.bellwether.application.service;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookCallLog;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Each traffic-hook call stored in the same transaction as its TRAFFIC_HOOK_CALLED or _FAILED event. */
record RecordedHookCalls(WorkspaceStore store, AuditChain chain) implements HookCallLog {

    @Override
    public HookSettings effective(String environment) {
        return store.read(tx -> tx.hookSettings().effective(environment));
    }

    @Override
    public HookCall record(HookCall call) {
        boolean forDeployment = call.deploymentId() != null;
        return store.write(tx -> {
            HookCall stored = tx.hookCalls().append(call);
            chain.append(tx, stored.succeeded() ? EventType.TRAFFIC_HOOK_CALLED : EventType.TRAFFIC_HOOK_FAILED,
                    stored.succeeded() ? EventSeverity.INFO : EventSeverity.ERROR, call.operator(),
                    forDeployment ? "deployment" : "environment",
                    forDeployment ? call.deploymentId() : call.environment(),
                    "traffic_hook_" + call.action().value(), details(stored));
            return stored;
        });
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
