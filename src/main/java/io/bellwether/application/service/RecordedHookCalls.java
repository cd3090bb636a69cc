package io.bellwether.application.service;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookCallLog;
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
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hook_call_id", call.id());
        details.put("event", call.action().value());
        details.put("environment", call.environment());
        details.put("retry", call.retry());
        details.putAll(call.outcome().shown());
        return details;
    }
}
