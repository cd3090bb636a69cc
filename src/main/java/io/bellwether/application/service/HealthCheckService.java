package io.bellwether.application.service;

import io.bellwether.application.port.in.HealthChecks;
import io.bellwether.application.port.in.RecordSource;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.HealthCheckAppender;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.EnforcedVerdict;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link HealthChecks} over a {@link WorkspaceStore}. A health evaluation whose rules ran writes
 * ROLLBACK_EVALUATED (or the rollback, then its hook call, or the pause), with every rule's result, then tells
 * the notification webhooks of a rollback or a new pause; an
 * evaluation whose rule results equal the last one recorded for the deployment writes nothing
 * (see {@link Enforcement}).
 */
record HealthCheckService(WorkspaceStore store, AuditChain audit, Rollbacks rollbacks, TrafficSteps traffic,
                          LastEvaluations lastEvaluations) implements HealthChecks {

    @Override
    public void updateMetrics(String deploymentId, PerformanceMetrics metrics, String actor) {
        if (metrics == null) {
            throw new InvalidInputException("metrics", null, "is required");
        }
        Checks.name("actor", actor);
        store.write(tx -> updateMetrics(tx, deploymentId, metrics, actor));
    }

    private Void updateMetrics(StoreTransaction tx, String deploymentId, PerformanceMetrics metrics, String actor) {
        Deployment d = Rows.deployment(tx, deploymentId);
        tx.deployments().update(DeploymentChange.of(d).currentMetrics(metrics).build());
        audit.append(tx, EventType.METRICS_UPDATED, EventSeverity.INFO, actor, Rows.DEPLOYMENT,
                deploymentId, "update_metrics", Rows.details("metrics", metrics));
        return null;
    }

    @Override
    public void addHealthCheck(String deploymentId, HealthStatus status, PerformanceMetrics metrics,
                               String message, String actor) {
        if (status == null) {
            throw new InvalidInputException("health status", null, "is required");
        }
        Checks.name("actor", actor);
        store.write(tx -> addHealthCheck(tx, deploymentId, new HealthCheck(audit.now(), status, metrics, message),
                actor));
    }

    @Override
    public void addHealthCheckAndUpdateMetrics(String deploymentId, HealthStatus status, PerformanceMetrics metrics,
                                               String message, String actor) {
        if (status == null || metrics == null) {
            throw new InvalidInputException(status == null ? "health status" : "metrics", null, "is required");
        }
        Checks.name("actor", actor);
        HealthCheck check = new HealthCheck(audit.now(), status, metrics, message);
        store.write(tx -> {
            addHealthCheck(tx, deploymentId, check, actor);
            return updateMetrics(tx, deploymentId, metrics, actor);
        });
    }

    private Void addHealthCheck(StoreTransaction tx, String deploymentId, HealthCheck check, String actor) {
        HealthCheckAppender appender = Rows.healthCheckAppender(tx, deploymentId);
        appender.add(check);
        appender.finish();
        audit.record(tx, EventType.HEALTH_CHECK_RECORDED, severityOf(check.status()), actor, Rows.DEPLOYMENT,
                deploymentId, "health_check", Rows.details("status", check.status().value(), "message",
                        check.message()));
        return null;
    }

    @Override
    public void addHealthChecks(String deploymentId, List<HealthCheck> batch, String actor) {
        if (batch == null || batch.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("health checks", batch == null ? null : "a list with a null entry",
                    "must be a list of health checks");
        }
        addHealthChecks(deploymentId, batch::forEach, actor);
    }

    @Override
    public <E extends Exception> long addHealthChecks(String deploymentId, RecordSource<HealthCheck, E> source,
                                                      String actor) throws E {
        Checks.name("actor", actor);
        Objects.requireNonNull(source, "source");
        try {
            return store.write(tx -> {
                HealthCheckAppender appender = Rows.healthCheckAppender(tx, deploymentId);
                Map<HealthStatus, Long> byStatus = new EnumMap<>(HealthStatus.class);
                SourceFailure.run(() -> source.emit(check -> {
                    if (check == null) {
                        throw new InvalidInputException("health check", null, "is required");
                    }
                    appender.add(check);
                    byStatus.merge(check.status(), 1L, Long::sum);
                }));
                long count = appender.finish();
                if (count > 0) {
                    audit.append(tx, EventType.HEALTH_CHECK_RECORDED, worstSeverityOf(byStatus.keySet()), actor,
                            Rows.DEPLOYMENT, deploymentId, "record_health_checks",
                            Rows.details("count", count, "statuses", byValue(byStatus)));
                }
                return count;
            });
        } catch (SourceFailure failure) {
            throw failure.<E>cause();
        }
    }

    /** A batch is as severe as its worst check, as each check added alone would be. */
    private static EventSeverity worstSeverityOf(Set<HealthStatus> statuses) {
        return statuses.stream().map(HealthCheckService::severityOf).max(Comparator.naturalOrder())
                .orElse(EventSeverity.INFO);
    }

    /** The counts keyed by each status's value, in its order, as the audit event shows them. */
    private static Map<String, Long> byValue(Map<HealthStatus, Long> counts) {
        Map<String, Long> shown = new TreeMap<>();
        counts.forEach((status, count) -> shown.put(status.value(), count));
        return shown;
    }

    private static EventSeverity severityOf(HealthStatus status) {
        return switch (status) {
            case HEALTHY, UNKNOWN -> EventSeverity.INFO;
            case DEGRADED -> EventSeverity.WARNING;
            case UNHEALTHY -> EventSeverity.ERROR;
        };
    }

    @Override
    public EnforcedVerdict judgeDeploymentHealth(String deploymentId, long requestCount) {
        Checks.nonNegative("request_count", requestCount);
        Enforcement enforcement = new Enforcement(audit, rollbacks, lastEvaluations);
        return traffic.serialised(deploymentId, () -> {
            boolean[] pausedBefore = new boolean[1];
            EnforcedVerdict verdict = store.write(tx -> {
                Deployment before = Rows.deployment(tx, deploymentId);
                pausedBefore[0] = CanaryStages.isPaused(before);
                return enforcement.judge(tx, before, requestCount);
            });
            RollbackDecision decision = verdict.decision();
            if (decision.skipped() == RollbackDecision.Skipped.NONE && !decision.rollback()) {
                lastEvaluations.recorded(deploymentId, decision.rules());
            }
            if (decision.rollback()) {
                Deployment rolledBack = store.read(tx -> Rows.deployment(tx, deploymentId));
                if (rolledBack.status() == DeploymentStatus.ROLLED_BACK) {
                    traffic.afterRollback(rolledBack, TrafficAction.AUTOMATED_ROLLBACK, Rollbacks.AUTOMATED);
                    rollbacks.notices().rolledBack(rolledBack, verdict.rollbackBreaches().stream().findFirst()
                            .orElse(null), Rollbacks.AUTOMATED);
                }
            }
            if (verdict.action() == EnforcedVerdict.Action.PAUSE && !pausedBefore[0]) {
                Deployment paused = store.read(tx -> Rows.deployment(tx, deploymentId));
                if (CanaryStages.isPaused(paused)) {
                    rollbacks.notices().paused(paused, verdict.pauseBreaches().stream().findFirst().orElse(null),
                            String.valueOf(paused.metadata().get(Enforcement.PAUSE_REASON)));
                }
            }
            return verdict;
        });
    }
}
