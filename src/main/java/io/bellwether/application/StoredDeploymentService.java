package io.bellwether.application;

import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Lifecycle;
import io.bellwether.domain.LifecycleAction;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's DeploymentManager over a {@link WorkspaceStore}: every state change and its audit
 * event in one transaction.
 *
 * <p>Audit severities: rollbacks are WARNING, ERROR when automated, CRITICAL when the reason starts
 * with "EMERGENCY" or an operator calls {@link #emergencyRollback}. A single
 * {@link #recordShadowComparison} is a measurement, not a state change, and is not audited (it must
 * stay a cheap append); a batch writes one SHADOW_COMPARISONS_RECORDED event. A health evaluation
 * whose rules ran writes ROLLBACK_EVALUATED (or the rollback), with every rule's result.
 */
final class StoredDeploymentService implements DeploymentService {
    static final String AUTOMATED = "automated";
    static final String CURRENT_STAGE = "current_stage";
    static final String CURRENT_TRAFFIC = "current_traffic";
    static final String PAUSED = "paused";
    private static final String DEPLOYMENT = "deployment";
    private static final String SHADOW = "shadow_deployment";

    private final WorkspaceStore store;
    private final AuditChain audit;

    StoredDeploymentService(WorkspaceStore store, AuditChain audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public Deployment createDeployment(DeploymentRequest request) {
        if (request == null) {
            throw new InvalidInputException("deployment request", null, "is required");
        }
        Checks.required("model_name", request.modelName());
        Checks.required("model_version", request.modelVersion());
        Checks.required("created_by", request.createdBy());
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
            audit.append(tx, EventType.DEPLOYMENT_CREATED, EventSeverity.INFO, request.createdBy(), DEPLOYMENT, id,
                    "create", details("model", deployment.modelRef(), "strategy", deployment.strategy().value(),
                            "environment", deployment.environment()));
            return deployment;
        });
    }

    @Override
    public void startDeployment(String deploymentId, String operator) {
        Checks.required("operator", operator);
        store.write(tx -> {
            Deployment d = load(tx, deploymentId);
            DeploymentStatus next = Lifecycle.next(deploymentId, d.status(), LifecycleAction.START);
            Instant now = audit.now();
            tx.deployments().update(DeploymentChange.of(d).status(next).startedAt(now).build());
            audit.append(tx, EventType.DEPLOYMENT_STARTED, EventSeverity.INFO, operator, DEPLOYMENT, deploymentId,
                    "start", details("model", d.modelRef(), "strategy", d.strategy().value()));
            return null;
        });
    }

    @Override
    public void completeDeployment(String deploymentId, String operator) {
        Checks.required("operator", operator);
        store.write(tx -> {
            Deployment d = load(tx, deploymentId);
            DeploymentStatus next = Lifecycle.next(deploymentId, d.status(), LifecycleAction.COMPLETE);
            tx.deployments().update(DeploymentChange.of(d).status(next).completedAt(audit.now()).build());
            audit.append(tx, EventType.MODEL_DEPLOYED, EventSeverity.INFO, operator, DEPLOYMENT, deploymentId,
                    "deploy", details("model_name", d.modelName(), "version", d.modelVersion(),
                            "environment", d.environment(), "strategy", d.strategy().value()));
            return null;
        });
    }

    @Override
    public void failDeployment(String deploymentId, String reason) {
        Checks.required("reason", reason);
        store.write(tx -> {
            Deployment d = load(tx, deploymentId);
            DeploymentStatus next = Lifecycle.next(deploymentId, d.status(), LifecycleAction.FAIL);
            tx.deployments().update(DeploymentChange.of(d).status(next).metadata("failure_reason", reason).build());
            audit.append(tx, EventType.DEPLOYMENT_FAILED, EventSeverity.ERROR, Operators.systemUser(), DEPLOYMENT,
                    deploymentId, "fail", details("reason", reason, "previous_status", d.status().value()));
            return null;
        });
    }

    @Override
    public void cancelDeployment(String deploymentId, String reason, String user) {
        Checks.required("reason", reason);
        Checks.required("user", user);
        store.write(tx -> {
            Deployment d = load(tx, deploymentId);
            DeploymentStatus next = Lifecycle.next(deploymentId, d.status(), LifecycleAction.CANCEL);
            tx.deployments().update(DeploymentChange.of(d).status(next).metadata("cancel_reason", reason).build());
            audit.append(tx, EventType.DEPLOYMENT_CANCELLED, EventSeverity.WARNING, user, DEPLOYMENT, deploymentId,
                    "cancel", details("reason", reason, "previous_status", d.status().value()));
            return null;
        });
    }

    @Override
    public void rollbackDeployment(String deploymentId, String reason, String triggeredBy) {
        Checks.required("reason", reason);
        Checks.required("triggered_by", triggeredBy);
        EventSeverity severity = reason.startsWith("EMERGENCY") ? EventSeverity.CRITICAL
                : AUTOMATED.equals(triggeredBy) ? EventSeverity.ERROR : EventSeverity.WARNING;
        store.write(tx -> rollback(tx, load(tx, deploymentId), reason, triggeredBy, severity, "rollback", Map.of()));
    }

    @Override
    public void emergencyRollback(String deploymentId, String reason, String operator) {
        Checks.required("reason", reason);
        Checks.required("operator", operator);
        store.write(tx -> rollback(tx, load(tx, deploymentId), reason, operator, EventSeverity.CRITICAL,
                "emergency_rollback", Map.of()));
    }

    private Void rollback(StoreTransaction tx, Deployment d, String reason, String triggeredBy,
                          EventSeverity severity, String action, Map<String, Object> extraDetails) {
        DeploymentStatus next = Lifecycle.next(d.deploymentId(), d.status(), LifecycleAction.ROLLBACK);
        tx.deployments().update(DeploymentChange.of(d).status(next).rolledBack(audit.now(), reason, triggeredBy)
                .build());
        Map<String, Object> details = details("reason", reason, "triggered_by", triggeredBy,
                "previous_status", d.status().value(), "model", d.modelRef());
        details.putAll(extraDetails);
        audit.append(tx, EventType.MODEL_ROLLED_BACK, severity, triggeredBy, DEPLOYMENT, d.deploymentId(), action,
                details);
        return null;
    }

    @Override
    public void updateMetrics(String deploymentId, PerformanceMetrics metrics) {
        requireMetrics(metrics);
        store.write(tx -> {
            Deployment d = load(tx, deploymentId);
            tx.deployments().update(DeploymentChange.of(d).currentMetrics(metrics).build());
            audit.append(tx, EventType.METRICS_UPDATED, EventSeverity.INFO, Operators.systemUser(), DEPLOYMENT,
                    deploymentId, "update_metrics", details("metrics", metrics));
            return null;
        });
    }

    @Override
    public void addHealthCheck(String deploymentId, HealthStatus status, PerformanceMetrics metrics,
                               String message) {
        if (status == null) {
            throw new InvalidInputException("health status", null, "is required");
        }
        store.write(tx -> {
            load(tx, deploymentId);
            HealthCheck check = new HealthCheck(audit.now(), status, metrics, message);
            tx.deployments().appendHealthCheck(deploymentId, check);
            audit.append(tx, EventType.HEALTH_CHECK_RECORDED, severityOf(status), Operators.systemUser(),
                    DEPLOYMENT, deploymentId, "health_check",
                    details("status", status.value(), "message", check.message()));
            return null;
        });
    }

    @Override
    public void addHealthChecks(String deploymentId, List<HealthCheck> batch) {
        if (batch == null || batch.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("health checks", batch == null ? null : "a list with a null entry",
                    "must be a list of health checks");
        }
        store.write(tx -> {
            load(tx, deploymentId);
            if (batch.isEmpty()) {
                return null;
            }
            batch.forEach(check -> tx.deployments().appendHealthCheck(deploymentId, check));
            Map<String, Long> byStatus = new java.util.TreeMap<>();
            batch.forEach(check -> byStatus.merge(check.status().value(), 1L, Long::sum));
            audit.append(tx, EventType.HEALTH_CHECK_RECORDED, EventSeverity.INFO, Operators.systemUser(),
                    DEPLOYMENT, deploymentId, "record_health_checks", details("count", batch.size(),
                            "statuses", byStatus));
            return null;
        });
    }

    private static EventSeverity severityOf(HealthStatus status) {
        return switch (status) {
            case HEALTHY, UNKNOWN -> EventSeverity.INFO;
            case DEGRADED -> EventSeverity.WARNING;
            case UNHEALTHY -> EventSeverity.ERROR;
        };
    }

    @Override
    public RollbackDecision checkDeploymentHealth(String deploymentId, long requestCount) {
        Checks.nonNegative("request_count", requestCount);
        return store.write(tx -> {
            Deployment d = load(tx, deploymentId);
            if (!d.status().isLive() || d.baselineMetrics() == null || d.currentMetrics() == null) {
                return RollbackDecision.skipped(RollbackDecision.Skipped.NOT_EVALUATED);
            }
            RollbackDecision decision = RollbackPolicy.evaluate(d.baselineMetrics(), d.currentMetrics(),
                    d.rollbackConfig(), requestCount);
            if (decision.skipped() != RollbackDecision.Skipped.NONE) {
                return decision;
            }
            Map<String, Object> evaluation = details("request_count", requestCount, "rules", decision.rules());
            if (decision.rollback()) {
                rollback(tx, d, String.join("; ", decision.reasons()), AUTOMATED, EventSeverity.ERROR,
                        "automated_rollback", evaluation);
            } else {
                audit.append(tx, EventType.ROLLBACK_EVALUATED, EventSeverity.INFO, AUTOMATED, DEPLOYMENT,
                        deploymentId, "check_health", evaluation);
            }
            return decision;
        });
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
        store.write(tx -> {
            Deployment d = loadLive(tx, deploymentId, "change the canary stage of");
            tx.deployments().update(DeploymentChange.of(d).metadata(CURRENT_STAGE, stageIndex)
                    .metadata(CURRENT_TRAFFIC, trafficShare).build());
            Map<String, Object> details = details("stage", stageIndex, "traffic", trafficShare);
            details.put("previous_stage", d.metadata().get(CURRENT_STAGE));
            details.put("previous_traffic", d.metadata().get(CURRENT_TRAFFIC));
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, EventSeverity.INFO, operator, DEPLOYMENT,
                    deploymentId, "set_stage", details);
            return null;
        });
    }

    @Override
    public void setCanaryPaused(String deploymentId, boolean paused, String operator) {
        Checks.required("operator", operator);
        store.write(tx -> {
            Deployment d = loadLive(tx, deploymentId, paused ? "pause" : "resume");
            tx.deployments().update(DeploymentChange.of(d).metadata(PAUSED, paused).build());
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, paused ? EventSeverity.WARNING : EventSeverity.INFO,
                    operator, DEPLOYMENT, deploymentId, paused ? "pause" : "resume",
                    details(PAUSED, paused, "stage", d.metadata().get(CURRENT_STAGE)));
            return null;
        });
    }

    @Override
    public ShadowDeployment shadowDeploy(String primaryModel, String shadowModel, double trafficPercentage) {
        return store.write(tx -> {
            Instant now = audit.now();
            String id = ReadableIds.shadowId(now, tx.shadows()::exists);
            ShadowDeployment shadow = new ShadowDeployment(id, primaryModel, shadowModel, trafficPercentage, now);
            tx.shadows().insert(shadow);
            audit.append(tx, EventType.SHADOW_DEPLOYMENT_CREATED, EventSeverity.INFO, Operators.systemUser(), SHADOW,
                    id, "create", details("primary_model", primaryModel, "shadow_model", shadowModel,
                            "traffic_percentage", trafficPercentage));
            return shadow;
        });
    }

    @Override
    public void recordShadowComparison(String shadowId, Object primaryResult, Object shadowResult,
                                       double primaryLatency, double shadowLatency, boolean agreement) {
        ShadowComparison comparison = new ShadowComparison(audit.now(), resultJson("primary_result", primaryResult),
                resultJson("shadow_result", shadowResult), primaryLatency, shadowLatency, agreement);
        store.write(tx -> {
            requireShadow(tx, shadowId);
            tx.shadows().appendComparisons(shadowId, List.of(comparison));
            return null;
        });
    }

    private static String resultJson(String field, Object result) {
        return result == null ? null : Json.write(field, result);
    }

    @Override
    public void recordShadowComparisons(String shadowId, List<ShadowComparison> batch) {
        if (batch == null || batch.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("comparisons", batch == null ? null : "a list with a null entry",
                    "must be a list of comparisons");
        }
        long agreements = batch.stream().filter(ShadowComparison::agreement).count();
        store.write(tx -> {
            requireShadow(tx, shadowId);
            if (batch.isEmpty()) {
                return null;
            }
            tx.shadows().appendComparisons(shadowId, batch);
            audit.append(tx, EventType.SHADOW_COMPARISONS_RECORDED, EventSeverity.INFO, Operators.systemUser(),
                    SHADOW, shadowId, "record_comparisons", details("count", batch.size(), "agreements", agreements));
            return null;
        });
    }

    @Override
    public ShadowReport compareShadowDeployment(String shadowId) {
        ShadowStore.LatencyColumns columns = store.read(tx -> {
            requireShadow(tx, shadowId);
            return tx.shadows().latencyColumns(shadowId);
        });
        return ShadowReport.compute(columns.primary(), columns.shadow(), columns.agreements());
    }

    @Override
    public Deployment getDeployment(String deploymentId) {
        return store.read(tx -> load(tx, deploymentId));
    }

    @Override
    public ShadowDeployment getShadowDeployment(String shadowId) {
        return store.read(tx -> tx.shadows().find(shadowId)
                .orElseThrow(() -> new NotFoundException("Shadow deployment", shadowId)));
    }

    @Override
    public List<Deployment> listDeployments(DeploymentStatus statusOrNull, String environmentOrNull) {
        return store.read(tx -> tx.deployments().list(statusOrNull, environmentOrNull));
    }

    @Override
    public List<ShadowDeployment> listShadowDeployments() {
        return store.read(tx -> tx.shadows().list());
    }

    @Override
    public List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull) {
        return store.read(tx -> {
            load(tx, deploymentId);
            return tx.deployments().healthHistory(deploymentId, fromOrNull, toOrNull);
        });
    }

    @Override
    public List<ShadowComparison> shadowComparisons(String shadowId, Instant fromOrNull, Instant toOrNull) {
        return store.read(tx -> {
            requireShadow(tx, shadowId);
            return tx.shadows().comparisons(shadowId, fromOrNull, toOrNull);
        });
    }

    @Override
    public ShadowComparisonColumns shadowComparisonColumns(String shadowId) {
        return store.read(tx -> {
            requireShadow(tx, shadowId);
            return tx.shadows().columns(shadowId);
        });
    }

    @Override
    public long shadowComparisonCount(String shadowId) {
        return store.read(tx -> {
            requireShadow(tx, shadowId);
            return tx.shadows().count(shadowId);
        });
    }

    private static Deployment load(StoreTransaction tx, String deploymentId) {
        if (deploymentId == null) {
            throw new NotFoundException("Deployment", "(no id)");
        }
        return tx.deployments().find(deploymentId).orElseThrow(() -> new NotFoundException("Deployment", deploymentId));
    }

    private static Deployment loadLive(StoreTransaction tx, String deploymentId, String verb) {
        Deployment d = load(tx, deploymentId);
        if (!d.status().isLive()) {
            throw new IllegalStateException("Cannot " + verb + " deployment " + deploymentId + ": its status is "
                    + d.status().value());
        }
        return d;
    }

    private static void requireShadow(StoreTransaction tx, String shadowId) {
        if (shadowId == null || !tx.shadows().exists(shadowId)) {
            throw new NotFoundException("Shadow deployment", shadowId == null ? "(no id)" : shadowId);
        }
    }

    private static void requireMetrics(PerformanceMetrics metrics) {
        if (metrics == null) {
            throw new InvalidInputException("metrics", null, "is required");
        }
    }

    /** Key/value pairs in order; values may be null. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
