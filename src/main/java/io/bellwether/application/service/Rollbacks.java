package io.bellwether.application.service;

import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.Lifecycle;
import io.bellwether.domain.LifecycleAction;
import java.util.Map;

/**
 * Rollbacks: committed with their MODEL_ROLLED_BACK event first, then the environment's rollback hook
 * called and the environment's notification webhooks told; neither's failure undoes the rollback.
 */
record Rollbacks(WorkspaceStore store, AuditChain audit, TrafficSteps traffic, Notices notices) {
    static final String AUTOMATED = "automated";

    /** An operator's or a caller's rollback in its own transaction, then its hook call. */
    void rollBack(String deploymentId, String reason, String by, EventSeverity severity, String action,
                  TrafficAction hookAction) {
        traffic.serialised(deploymentId, () -> {
            Deployment rolledBack = store.write(tx -> {
                write(tx, Rows.deployment(tx, deploymentId), reason, by, severity, action, Map.of());
                return Rows.deployment(tx, deploymentId);
            });
            traffic.afterRollback(rolledBack, hookAction, by);
            notices.rolledBack(rolledBack, null, by);
            return null;
        });
    }

    /** Writes the rollback and its event inside the caller's transaction. */
    Void write(StoreTransaction tx, Deployment d, String reason, String triggeredBy, EventSeverity severity,
               String action, Map<String, Object> extraDetails) {
        DeploymentStatus next = Lifecycle.next(d.deploymentId(), d.status(), LifecycleAction.ROLLBACK);
        tx.deployments().update(DeploymentChange.of(d).status(next).rolledBack(audit.now(), reason, triggeredBy)
                .build());
        Map<String, Object> details = Rows.details("reason", reason, "triggered_by", triggeredBy,
                "previous_status", d.status().value(), "model", d.modelRef());
        details.put(TrafficSteps.TRAFFIC_CONTROLLER, traffic.note(tx, d));
        details.putAll(extraDetails);
        audit.append(tx, EventType.MODEL_ROLLED_BACK, severity, triggeredBy, Rows.DEPLOYMENT, d.deploymentId(),
                action, details);
        return null;
    }

    /** The guide's rollback: CRITICAL for an "EMERGENCY" reason, ERROR when automated, else WARNING. */
    static EventSeverity severityOf(String reason, String triggeredBy) {
        return reason.startsWith("EMERGENCY") ? EventSeverity.CRITICAL
                : AUTOMATED.equals(triggeredBy) ? EventSeverity.ERROR : EventSeverity.WARNING;
    }

    /** The hook event a stored rollback was: automated, emergency or manual. */
    static TrafficAction actionOf(String reason, String triggeredBy) {
        if (AUTOMATED.equals(triggeredBy)) {
            return TrafficAction.AUTOMATED_ROLLBACK;
        }
        return reason != null && reason.startsWith("EMERGENCY") ? TrafficAction.EMERGENCY_ROLLBACK
                : TrafficAction.ROLLBACK;
    }
}
