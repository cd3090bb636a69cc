package io.bellwether.application.service;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.in.TrafficHookException;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.TrafficHooks;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Deployment;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The traffic-controller side of lifecycle steps: a hook call before a traffic change (the change
 * happens only when it succeeded) and after a committed rollback (its failure never undoes it).
 * Steps of one deployment run one at a time; calls block for up to the hook's timeout.
 */
final class TrafficSteps {
    static final String INITIAL_TRAFFIC = "initial_traffic";
    static final String CURRENT_STAGE = "current_stage";
    static final String TRAFFIC_CONTROLLER = "traffic_controller";

    private final TrafficHooks hooks;
    private final AuditChain clock;
    private final WorkspaceStore store;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    TrafficSteps(TrafficHooks hooks, WorkspaceStore store, AuditChain clock) {
        this.hooks = hooks;
        this.clock = clock;
        this.store = store;
    }

    /** Runs {@code step} while no other step of the deployment runs. */
    <T> T serialised(String deploymentId, Supplier<T> step) {
        synchronized (locks.computeIfAbsent(deploymentId == null ? "" : deploymentId, id -> new Object())) {
            return step.get();
        }
    }

    /** What a step of {@code d} does to traffic, for its audit event: "record only: no traffic moved" or who moves it. */
    String note(StoreTransaction tx, Deployment d) {
        return hooks.callsControllers() ? tx.hookSettings().effective(d.environment()).trafficNote()
                : HookSettings.RECORD_ONLY_NOTE;
    }

    TrafficEvent event(TrafficAction action, Deployment d, Double traffic, Integer stage, String operator) {
        return TrafficEvent.of(action, d, traffic, stage, null, operator, clock.now());
    }

    /** Calls the hook; when it failed, raises and the caller changes nothing. */
    void beforeChange(Deployment d, TrafficEvent event) {
        HookCall call = hooks.call(d.deploymentId(), event, false);
        if (!call.succeeded()) {
            Object stage = d.metadata().get(CURRENT_STAGE);
            throw new TrafficHookException("Traffic hook failed for " + event.action().value() + " of deployment "
                    + d.deploymentId() + " (" + call.outcome().summary() + "); the deployment stays "
                    + d.status().value() + (stage instanceof Number index ? " at stage " + (index.intValue() + 1) : ""),
                    call);
        }
    }

    /** Calls the rollback hook of the (already rolled-back) deployment {@code rolledBack}. */
    void afterRollback(Deployment rolledBack, TrafficAction action, String operator) {
        try {
            hooks.call(rolledBack.deploymentId(), rollbackEvent(rolledBack, action, operator), false);
        } catch (RuntimeException e) {
            throw new TrafficHookException("Deployment " + rolledBack.deploymentId() + " was rolled back, but its"
                    + " traffic hook call could not be recorded: " + e.getMessage(), null);
        }
    }

    HookCall retryRollback(Deployment rolledBack, String operator) {
        String id = rolledBack.deploymentId();
        Optional<HookCall> last = lastRollbackCall(id);
        if (last.isPresent() && last.get().succeeded()) {
            throw new IllegalStateException("Cannot retry the rollback hook of deployment " + id
                    + ": its last call succeeded (" + last.get().outcome().summary() + ")");
        }
        TrafficAction action = last.map(HookCall::action)
                .orElseGet(() -> Rollbacks.actionOf(rolledBack.rollbackReason(), rolledBack.rollbackTriggeredBy()));
        HookCall call = hooks.call(id, rollbackEvent(rolledBack, action, operator), true);
        if (!call.succeeded()) {
            throw new TrafficHookException("The rollback hook of deployment " + id + " failed again: "
                    + call.outcome().summary(), call);
        }
        return call;
    }

    Optional<HookCall> lastRollbackCall(String deploymentId) {
        List<HookCall> rollbacks = store.read(tx -> tx.hookCalls().forDeployment(deploymentId)).stream()
                .filter(call -> call.action().isRollback()).toList();
        return rollbacks.isEmpty() ? Optional.empty() : Optional.of(rollbacks.get(rollbacks.size() - 1));
    }

    private TrafficEvent rollbackEvent(Deployment d, TrafficAction action, String operator) {
        return TrafficEvent.of(action, d, 0.0, null, d.rollbackReason(), operator, clock.now());
    }

    /** The canary's {@code initial_traffic} metadata when it is a share of traffic; else unknown. */
    static Double initialTraffic(Deployment d) {
        if (d.metadata().get(INITIAL_TRAFFIC) instanceof Number share) {
            double value = share.doubleValue();
            return value >= 0 && value <= 1 ? value : null;
        }
        return null;
    }
}
