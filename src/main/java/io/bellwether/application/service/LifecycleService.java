package io.bellwether.application.service;

import io.bellwether.application.port.in.DeploymentLifecycle;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Lifecycle;
import io.bellwether.domain.LifecycleAction;
import java.time.Instant;
import java.util.Map;

/** {@link DeploymentLifecycle} over a {@link WorkspaceStore}, calling the traffic hooks itself. */
public final class LifecycleService implements DeploymentLifecycle {
    private final WorkspaceStore store;
    private final AuditChain audit;
    private final Rollbacks rollbacks;
    private final TrafficSteps traffic;
    private final CanaryStages canary;

    LifecycleService(WorkspaceStore store, AuditChain audit, TrafficSteps traffic) {
        this.store = store;
        this.audit = audit;
        this.rollbacks = new Rollbacks(audit);
        this.traffic = traffic;
        this.canary = new CanaryStages(store, audit);
    }

    @Override
    public Deployment createDeployment(DeploymentRequest request) {
        if (request == null) {
            throw new InvalidInputException("deployment request", null, "is required");
        }
        Checks.name("model_name", request.modelName());
        Checks.name("model_version", request.modelVersion());
        Checks.name("created_by", request.createdBy());
        if (request.strategy() == null) {
            throw new InvalidInputException("strategy", null, "is required");
        }
        Json.write("metadata", request.metadata());
        return store.write(tx -> {
            Instant now = audit.now();
            String id = ReadableIds.deploymentId(now, request.modelName(), request.modelVersion(),
                    tx.deployments()::exists);
            Deployment deployment = new Deployment(id, request.modelName(), request.modelVersion(),
                    request.strategy(), DeploymentStatus.PENDING, request.environment(), request.createdBy(), now,
                    null, null, null, request.baselineMetrics(), null, request.rollbackConfig(),
                    request.metadata(), null, null);
            tx.deployments().insert(deployment);
            audit.append(tx, EventType.DEPLOYMENT_CREATED, EventSeverity.INFO, request.createdBy(), Rows.DEPLOYMENT,
                    id, "create", Rows.details("model", deployment.modelRef(), "strategy",
                            deployment.strategy().value(), "environment", deployment.environment()));
            return deployment;
        });
    }

    @Override
    public void startDeployment(String deploymentId, String operator) {
        Checks.name("operator", operator);
        traffic.serialised(deploymentId, () -> {
            Deployment d = store.read(tx -> Rows.deployment(tx, deploymentId));
            Lifecycle.next(deploymentId, d.status(), LifecycleAction.START);
            traffic.beforeChange(d, traffic.event(TrafficAction.START, d, TrafficSteps.initialTraffic(d), null,
                    operator));
            return transition(deploymentId, LifecycleAction.START, (tx, d2, next) -> {
                tx.deployments().update(DeploymentChange.of(d2).status(next).startedAt(audit.now()).build());
                audit.append(tx, EventType.DEPLOYMENT_STARTED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                        deploymentId, "start", Rows.details("model", d2.modelRef(), "strategy", d2.strategy().value()));
            });
        });
    }

    @Override
    public void completeDeployment(String deploymentId, String operator) {
        Checks.name("operator", operator);
        traffic.serialised(deploymentId, () -> {
            Deployment d = store.read(tx -> Rows.deployment(tx, deploymentId));
            Lifecycle.next(deploymentId, d.status(), LifecycleAction.COMPLETE);
            traffic.beforeChange(d, traffic.event(TrafficAction.COMPLETE, d, 1.0, null, operator));
            return transition(deploymentId, LifecycleAction.COMPLETE, (tx, d2, next) -> {
                tx.deployments().update(DeploymentChange.of(d2).status(next).completedAt(audit.now()).build());
                audit.append(tx, EventType.MODEL_DEPLOYED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                        deploymentId, "deploy", Rows.details("model_name", d2.modelName(), "version",
                                d2.modelVersion(), "environment", d2.environment(), "strategy",
                                d2.strategy().value()));
            });
        });
    }

    @Override
    public void failDeployment(String deploymentId, String reason, String operator) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name("operator", operator);
        transition(deploymentId, LifecycleAction.FAIL, (tx, d, next) -> {
            tx.deployments().update(DeploymentChange.of(d).status(next).metadata("failure_reason", reason).build());
            audit.append(tx, EventType.DEPLOYMENT_FAILED, EventSeverity.ERROR, operator, Rows.DEPLOYMENT,
                    deploymentId, "fail", Rows.details("reason", reason, "previous_status", d.status().value()));
        });
    }

    @Override
    public void cancelDeployment(String deploymentId, String reason, String user) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name("user", user);
        transition(deploymentId, LifecycleAction.CANCEL, (tx, d, next) -> {
            tx.deployments().update(DeploymentChange.of(d).status(next).metadata("cancel_reason", reason).build());
            audit.append(tx, EventType.DEPLOYMENT_CANCELLED, EventSeverity.WARNING, user, Rows.DEPLOYMENT,
                    deploymentId, "cancel", Rows.details("reason", reason, "previous_status", d.status().value()));
        });
    }

    @Override
    public void rollbackDeployment(String deploymentId, String reason, String triggeredBy) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name("triggered_by", triggeredBy);
        rollback(deploymentId, reason, triggeredBy, Rollbacks.severityOf(reason, triggeredBy), "rollback",
                Rollbacks.actionOf(reason, triggeredBy));
    }

    @Override
    public void emergencyRollback(String deploymentId, String reason, String operator) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name("operator", operator);
        rollback(deploymentId, reason, operator, EventSeverity.CRITICAL, "emergency_rollback",
                TrafficAction.EMERGENCY_ROLLBACK);
    }

    private void rollback(String deploymentId, String reason, String by, EventSeverity severity, String action,
                          TrafficAction hookAction) {
        traffic.serialised(deploymentId, () -> {
            Deployment rolledBack = store.write(tx -> {
                rollbacks.write(tx, Rows.deployment(tx, deploymentId), reason, by, severity, action, Map.of());
                return Rows.deployment(tx, deploymentId);
            });
            traffic.afterRollback(rolledBack, hookAction, by);
            return null;
        });
    }

    @Override
    public void setCanaryStage(String deploymentId, int stageIndex, double trafficShare, String operator) {
        CanaryStages.validate(stageIndex, trafficShare, operator);
        traffic.serialised(deploymentId, () -> {
            Deployment d = store.read(tx -> Rows.deployment(tx, deploymentId));
            Rows.requireLive(d, "change the canary stage of");
            traffic.beforeChange(d, traffic.event(TrafficAction.STAGE_CHANGE, d, trafficShare, stageIndex, operator));
            canary.setStage(deploymentId, stageIndex, trafficShare, operator);
            return null;
        });
    }

    @Override
    public void setCanaryPaused(String deploymentId, boolean paused, String operator) {
        canary.setPaused(deploymentId, paused, operator);
    }

    @Override
    public HookCall retryRollbackHook(String deploymentId, String operator) {
        Checks.name("operator", operator);
        return traffic.serialised(deploymentId, () -> {
            Deployment d = store.read(tx -> Rows.deployment(tx, deploymentId));
            if (d.status() != DeploymentStatus.ROLLED_BACK) {
                throw new IllegalStateException("Cannot retry the rollback hook of deployment " + deploymentId
                        + ": its status is " + d.status().value());
            }
            return traffic.retryRollback(d, operator);
        });
    }

    /** One checked transition in one transaction: the row is read and the step checked inside it. */
    private Void transition(String deploymentId, LifecycleAction action, Step step) {
        return store.write(tx -> {
            Deployment d = Rows.deployment(tx, deploymentId);
            step.apply(tx, d, Lifecycle.next(deploymentId, d.status(), action));
            return null;
        });
    }

    @FunctionalInterface
    private interface Step {
        void apply(StoreTransaction tx, Deployment current, DeploymentStatus next);
    }
}
