package io.bellwether.application.service;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.in.DeploymentLifecycle;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Lifecycle;
import io.bellwether.domain.LifecycleAction;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RuleMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@link DeploymentLifecycle} over a {@link WorkspaceStore}, calling the traffic hooks and notifications itself. */
public final class LifecycleService implements DeploymentLifecycle {
    private final WorkspaceStore store;
    private final AuditChain audit;
    private final Rollbacks rollbacks;
    private final TrafficSteps traffic;
    private final CanaryStages canary;
    private final NewDeployments creations;
    private final ProgressionSettingsChanges settings;
    private final AutomaticProgression progression;

    private final Notices notices;

    LifecycleService(WorkspaceStore store, AuditChain audit, TrafficSteps traffic, Notices notices) {
        this.store = store;
        this.audit = audit;
        this.notices = notices;
        this.rollbacks = new Rollbacks(store, audit, traffic, notices);
        this.traffic = traffic;
        this.canary = new CanaryStages(store, audit, traffic);
        this.creations = new NewDeployments(store, audit);
        this.settings = new ProgressionSettingsChanges(store, audit);
        this.progression = new AutomaticProgression(store, audit, canary, traffic, notices,
                (id, evidence) -> complete(id, Rollbacks.AUTOMATED, evidence));
    }

    @Override
    public Deployment createDeployment(DeploymentRequest request) {
        return creations.create(request);
    }

    @Override
    public Deployment createDeployment(DeploymentRequest request, MetricsBinding metricsBinding, String actor) {
        if (metricsBinding == null) {
            throw new InvalidInputException("metrics binding", null, "is required");
        }
        Checks.required("actor", actor);
        return creations.create(request, (tx, created) -> MetricsBindingService.set(tx, audit,
                metricsBinding.forDeployment(created.deploymentId()), actor));
    }

    @Override
    public void startDeployment(String deploymentId, String operator) {
        Checks.name("operator", operator);
        movingTraffic(deploymentId, LifecycleAction.START,
                d -> traffic.event(TrafficAction.START, d, TrafficSteps.initialTraffic(d), null, operator),
                (tx, d, next) -> {
                    tx.deployments().update(DeploymentChange.of(d).status(next).startedAt(audit.now()).build());
                    audit.append(tx, EventType.DEPLOYMENT_STARTED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                            deploymentId, "start", Rows.details("model", d.modelRef(), "strategy", d.strategy().value(),
                                    TrafficSteps.TRAFFIC_CONTROLLER, traffic.note(tx, d)));
                });
    }

    @Override
    public void completeDeployment(String deploymentId, String operator) {
        complete(deploymentId, operator, Map.of());
    }

    private void complete(String deploymentId, String operator, Map<String, Object> extraDetails) {
        Checks.name("operator", operator);
        movingTraffic(deploymentId, LifecycleAction.COMPLETE,
                d -> traffic.event(TrafficAction.COMPLETE, d, 1.0, null, operator),
                (tx, d, next) -> {
                    DeploymentChange change = DeploymentChange.of(d).status(next).completedAt(audit.now());
                    Map<String, Object> details = Rows.details("model_name", d.modelName(), "version",
                            d.modelVersion(), "environment", d.environment(), "strategy", d.strategy().value(),
                            TrafficSteps.TRAFFIC_CONTROLLER, traffic.note(tx, d));
                    if (d.strategy() == DeploymentStrategy.CANARY) {
                        CanaryStages.atLastStage(d, change, details);
                    }
                    details.putAll(extraDetails);
                    tx.deployments().update(change.build());
                    audit.append(tx, EventType.MODEL_DEPLOYED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                            deploymentId, "deploy", details);
                });
        notices.completed(store.read(tx -> Rows.deployment(tx, deploymentId)), operator);
    }

    /** A transition that moves traffic: checked, the hook called, then checked again and stored. */
    private void movingTraffic(String deploymentId, LifecycleAction action, Function<Deployment, TrafficEvent> event,
                               Step step) {
        traffic.serialised(deploymentId, () -> {
            Deployment d = store.read(tx -> Rows.deployment(tx, deploymentId));
            Lifecycle.next(deploymentId, d.status(), action);
            traffic.beforeChange(d, event.apply(d));
            return transition(deploymentId, action, step);
        });
    }

    @Override
    public void failDeployment(String deploymentId, String reason, String operator) {
        end(deploymentId, Ending.FAILED, reason, "operator", operator);
    }

    @Override
    public void cancelDeployment(String deploymentId, String reason, String user) {
        end(deploymentId, Ending.CANCELLED, reason, "user", user);
    }

    /** How a deployment ends without a rollback: its reason kept in the metadata and audited. */
    private record Ending(LifecycleAction action, String reasonKey, EventType event, EventSeverity severity,
                          String auditAction) {
        static final Ending FAILED = new Ending(LifecycleAction.FAIL, "failure_reason", EventType.DEPLOYMENT_FAILED,
                EventSeverity.ERROR, "fail");
        static final Ending CANCELLED = new Ending(LifecycleAction.CANCEL, "cancel_reason",
                EventType.DEPLOYMENT_CANCELLED, EventSeverity.WARNING, "cancel");
    }

    private void end(String deploymentId, Ending ending, String reason, String actorField, String actor) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name(actorField, actor);
        transition(deploymentId, ending.action(), (tx, d, next) -> {
            tx.deployments().update(DeploymentChange.of(d).status(next).metadata(ending.reasonKey(), reason).build());
            audit.append(tx, ending.event(), ending.severity(), actor, Rows.DEPLOYMENT, deploymentId,
                    ending.auditAction(), Rows.details("reason", reason, "previous_status", d.status().value()));
        });
    }

    @Override
    public void rollbackDeployment(String deploymentId, String reason, String triggeredBy) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name("triggered_by", triggeredBy);
        rollbacks.rollBack(deploymentId, reason, triggeredBy, Rollbacks.severityOf(reason, triggeredBy), "rollback",
                Rollbacks.actionOf(reason, triggeredBy));
    }

    @Override
    public void emergencyRollback(String deploymentId, String reason, String operator) {
        Checks.text("reason", Checks.required("reason", reason));
        Checks.name("operator", operator);
        rollbacks.rollBack(deploymentId, reason, operator, EventSeverity.CRITICAL, "emergency_rollback",
                TrafficAction.EMERGENCY_ROLLBACK);
    }

    @Override
    public void setCanaryStage(String deploymentId, int stageIndex, double trafficShare, String operator) {
        canary.setStage(deploymentId, stageIndex, trafficShare, operator);
    }

    @Override
    public void setCanaryPaused(String deploymentId, boolean paused, String operator) {
        canary.setPaused(deploymentId, paused, operator);
    }

    @Override
    public void setProgressionSettings(String deploymentId, ProgressionSettings progressionSettings, String operator) {
        settings.set(deploymentId, progressionSettings, operator);
    }

    @Override
    public void setRuleMode(String deploymentId, String rule, RuleMode mode, String operator) {
        settings.setRuleMode(deploymentId, rule, mode, operator);
    }

    @Override
    public List<AutomatedStep> progress(String deploymentIdOrNull) {
        return progression.progress(deploymentIdOrNull);
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
