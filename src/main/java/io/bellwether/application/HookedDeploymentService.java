package io.bellwether.application;

import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Lifecycle;
import io.bellwether.domain.LifecycleAction;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DeploymentService} that calls the environment's traffic controller at each lifecycle step.
 *
 * <p>Start, canary stage change and complete call the hook first and change the stored state only when
 * it succeeded; otherwise they raise a {@link TrafficHookException} and the deployment is unchanged.
 * Rollbacks (manual, emergency, and the automated one inside {@link #checkDeploymentHealth}) are
 * committed first and the hook called after: its failure is stored and audited, never undoes the
 * rollback, is reported by {@link #failedRollbackHook} and can be retried with
 * {@link #retryRollbackHook}. Every call is stored and audited. Calls block for up to the hook's
 * timeout: use this service from a worker thread. Steps of one deployment run one at a time.
 */
public final class HookedDeploymentService implements DeploymentService {
    static final String INITIAL_TRAFFIC = "initial_traffic";

    private final DeploymentService delegate;
    private final HookCaller hooks;
    private final HookOutcomeStore outcomes;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    HookedDeploymentService(DeploymentService delegate, HookCaller hooks, HookOutcomeStore outcomes) {
        this.delegate = delegate;
        this.hooks = hooks;
        this.outcomes = outcomes;
    }

    @Override
    public void startDeployment(String deploymentId, String operator) {
        Checks.required("operator", operator);
        synchronized (lockOf(deploymentId)) {
            Deployment d = delegate.getDeployment(deploymentId);
            Lifecycle.next(deploymentId, d.status(), LifecycleAction.START);
            callBeforeChange(d, TrafficEvent.of(TrafficAction.START, d, initialTraffic(d), null, null, operator,
                    hooks.now()));
            delegate.startDeployment(deploymentId, operator);
        }
    }

    @Override
    public void completeDeployment(String deploymentId, String operator) {
        Checks.required("operator", operator);
        synchronized (lockOf(deploymentId)) {
            Deployment d = delegate.getDeployment(deploymentId);
            Lifecycle.next(deploymentId, d.status(), LifecycleAction.COMPLETE);
            callBeforeChange(d, TrafficEvent.of(TrafficAction.COMPLETE, d, 1.0, null, null, operator, hooks.now()));
            delegate.completeDeployment(deploymentId, operator);
        }
    }

    @Override
    public void setCanaryStage(String deploymentId, int stageIndex, double trafficShare, String operator) {
        if (stageIndex < 0) {
            throw new InvalidInputException("stage_index", stageIndex, "must not be negative");
        }
        Checks.finite("traffic_share", trafficShare);
        if (trafficShare <= 0 || trafficShare > 1) {
            throw new InvalidInputException("traffic_share", trafficShare, "must be greater than 0 and at most 1");
        }
        Checks.required("operator", operator);
        synchronized (lockOf(deploymentId)) {
            Deployment d = delegate.getDeployment(deploymentId);
            if (!d.status().isLive()) {
                throw new IllegalStateException("Cannot change the canary stage of deployment " + deploymentId
                        + ": its status is " + d.status().value());
            }
            callBeforeChange(d, TrafficEvent.of(TrafficAction.STAGE_CHANGE, d, trafficShare, stageIndex, null,
                    operator, hooks.now()));
            delegate.setCanaryStage(deploymentId, stageIndex, trafficShare, operator);
        }
    }

    @Override
    public void rollbackDeployment(String deploymentId, String reason, String triggeredBy) {
        synchronized (lockOf(deploymentId)) {
            delegate.rollbackDeployment(deploymentId, reason, triggeredBy);
            callAfterRollback(deploymentId, rollbackAction(reason, triggeredBy), triggeredBy);
        }
    }

    @Override
    public void emergencyRollback(String deploymentId, String reason, String operator) {
        synchronized (lockOf(deploymentId)) {
            delegate.emergencyRollback(deploymentId, reason, operator);
            callAfterRollback(deploymentId, TrafficAction.EMERGENCY_ROLLBACK, operator);
        }
    }

    @Override
    public RollbackDecision checkDeploymentHealth(String deploymentId, long requestCount) {
        synchronized (lockOf(deploymentId)) {
            RollbackDecision decision = delegate.checkDeploymentHealth(deploymentId, requestCount);
            if (decision.rollback() && delegate.getDeployment(deploymentId).status() == DeploymentStatus.ROLLED_BACK) {
                callAfterRollback(deploymentId, TrafficAction.AUTOMATED_ROLLBACK, StoredDeploymentService.AUTOMATED);
            }
            return decision;
        }
    }

    /**
     * Calls the rollback hook of a rolled-back deployment again, as {@code operator}, when its last
     * rollback call failed (or none was made). The call is stored and audited as a retry.
     *
     * @return the successful call
     * @throws TrafficHookException when it failed again
     */
    public HookCall retryRollbackHook(String deploymentId, String operator) {
        Checks.required("operator", operator);
        synchronized (lockOf(deploymentId)) {
            Deployment d = delegate.getDeployment(deploymentId);
            if (d.status() != DeploymentStatus.ROLLED_BACK) {
                throw new IllegalStateException("Cannot retry the rollback hook of deployment " + deploymentId
                        + ": its status is " + d.status().value());
            }
            Optional<HookCall> last = lastRollbackCall(deploymentId);
            if (last.isPresent() && last.get().succeeded()) {
                throw new IllegalStateException("Cannot retry the rollback hook of deployment " + deploymentId
                        + ": its last call succeeded (" + last.get().outcome().summary() + ")");
            }
            TrafficAction action = last.map(HookCall::action)
                    .orElseGet(() -> rollbackAction(d.rollbackReason(), d.rollbackTriggeredBy()));
            HookCall call = hooks.call(deploymentId, rollbackEvent(d, action, operator), true);
            if (!call.succeeded()) {
                throw new TrafficHookException("The rollback hook of deployment " + deploymentId
                        + " failed again: " + call.outcome().summary(), call);
            }
            return call;
        }
    }

    /** The deployment's traffic-controller calls, oldest first (for its timeline). */
    public List<HookCall> hookCalls(String deploymentId) {
        delegate.getDeployment(deploymentId);
        return outcomes.forDeployment(deploymentId);
    }

    /** The deployment's last rollback hook call, when it failed: show it prominently and offer a retry. */
    public Optional<HookCall> failedRollbackHook(String deploymentId) {
        delegate.getDeployment(deploymentId);
        return lastRollbackCall(deploymentId).filter(call -> !call.succeeded());
    }

    /** Every deployment whose last rollback hook call failed, newest first. */
    public List<HookCall> failedRollbackHooks() {
        return outcomes.failedLatestRollbackCalls();
    }

    private Optional<HookCall> lastRollbackCall(String deploymentId) {
        List<HookCall> rollbacks = outcomes.forDeployment(deploymentId).stream()
                .filter(call -> call.action().isRollback()).toList();
        return rollbacks.isEmpty() ? Optional.empty() : Optional.of(rollbacks.get(rollbacks.size() - 1));
    }

    private void callBeforeChange(Deployment d, TrafficEvent event) {
        HookCall call = hooks.call(d.deploymentId(), event, false);
        if (!call.succeeded()) {
            throw new TrafficHookException("Traffic hook failed for " + event.action().value() + " of deployment "
                    + d.deploymentId() + " (" + call.outcome().summary() + "); the deployment stays "
                    + d.status().value() + describeStage(d), call);
        }
    }

    private static String describeStage(Deployment d) {
        Object stage = d.metadata().get(StoredDeploymentService.CURRENT_STAGE);
        return stage == null ? "" : " at stage " + stage;
    }

    private void callAfterRollback(String deploymentId, TrafficAction action, String operator) {
        Deployment d = delegate.getDeployment(deploymentId);
        try {
            hooks.call(deploymentId, rollbackEvent(d, action, operator), false);
        } catch (RuntimeException e) {
            throw new TrafficHookException("Deployment " + deploymentId + " was rolled back, but its traffic hook"
                    + " call could not be recorded: " + e.getMessage(), null);
        }
    }

    private TrafficEvent rollbackEvent(Deployment d, TrafficAction action, String operator) {
        return TrafficEvent.of(action, d, 0.0, null, d.rollbackReason(), operator, hooks.now());
    }

    private static TrafficAction rollbackAction(String reason, String triggeredBy) {
        if (StoredDeploymentService.AUTOMATED.equals(triggeredBy)) {
            return TrafficAction.AUTOMATED_ROLLBACK;
        }
        return reason != null && reason.startsWith("EMERGENCY") ? TrafficAction.EMERGENCY_ROLLBACK
                : TrafficAction.ROLLBACK;
    }

    /** The canary's {@code initial_traffic} metadata when it is a share of traffic; else unknown. */
    private static Double initialTraffic(Deployment d) {
        if (d.metadata().get(INITIAL_TRAFFIC) instanceof Number share) {
            double value = share.doubleValue();
            return value >= 0 && value <= 1 ? value : null;
        }
        return null;
    }

    private Object lockOf(String deploymentId) {
        return locks.computeIfAbsent(deploymentId == null ? "" : deploymentId, id -> new Object());
    }

    // Everything below changes no traffic and is passed through.

    @Override
    public Deployment createDeployment(DeploymentRequest request) {
        return delegate.createDeployment(request);
    }

    @Override
    public void failDeployment(String deploymentId, String reason) {
        delegate.failDeployment(deploymentId, reason);
    }

    @Override
    public void cancelDeployment(String deploymentId, String reason, String user) {
        delegate.cancelDeployment(deploymentId, reason, user);
    }

    @Override
    public void updateMetrics(String deploymentId, PerformanceMetrics metrics) {
        delegate.updateMetrics(deploymentId, metrics);
    }

    @Override
    public void addHealthCheck(String deploymentId, HealthStatus status, PerformanceMetrics metrics, String message) {
        delegate.addHealthCheck(deploymentId, status, metrics, message);
    }

    @Override
    public void addHealthChecks(String deploymentId, List<HealthCheck> batch) {
        delegate.addHealthChecks(deploymentId, batch);
    }

    @Override
    public void setCanaryPaused(String deploymentId, boolean paused, String operator) {
        delegate.setCanaryPaused(deploymentId, paused, operator);
    }

    @Override
    public ShadowDeployment shadowDeploy(String primaryModel, String shadowModel, double trafficPercentage) {
        return delegate.shadowDeploy(primaryModel, shadowModel, trafficPercentage);
    }

    @Override
    public void recordShadowComparison(String shadowId, Object primaryResult, Object shadowResult,
                                       double primaryLatency, double shadowLatency, boolean agreement) {
        delegate.recordShadowComparison(shadowId, primaryResult, shadowResult, primaryLatency, shadowLatency,
                agreement);
    }

    @Override
    public void recordShadowComparisons(String shadowId, List<ShadowComparison> batch) {
        delegate.recordShadowComparisons(shadowId, batch);
    }

    @Override
    public ShadowReport compareShadowDeployment(String shadowId) {
        return delegate.compareShadowDeployment(shadowId);
    }

    @Override
    public Deployment getDeployment(String deploymentId) {
        return delegate.getDeployment(deploymentId);
    }

    @Override
    public ShadowDeployment getShadowDeployment(String shadowId) {
        return delegate.getShadowDeployment(shadowId);
    }

    @Override
    public List<Deployment> listDeployments(DeploymentStatus statusOrNull, String environmentOrNull) {
        return delegate.listDeployments(statusOrNull, environmentOrNull);
    }

    @Override
    public List<ShadowDeployment> listShadowDeployments() {
        return delegate.listShadowDeployments();
    }

    @Override
    public List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull) {
        return delegate.healthHistory(deploymentId, fromOrNull, toOrNull);
    }

    @Override
    public List<ShadowComparison> shadowComparisons(String shadowId, Instant fromOrNull, Instant toOrNull) {
        return delegate.shadowComparisons(shadowId, fromOrNull, toOrNull);
    }

    @Override
    public long shadowComparisonCount(String shadowId) {
        return delegate.shadowComparisonCount(shadowId);
    }

    @Override
    public ShadowComparisonColumns shadowComparisonColumns(String shadowId) {
        return delegate.shadowComparisonColumns(shadowId);
    }
}
