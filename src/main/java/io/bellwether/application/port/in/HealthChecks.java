package io.bellwether.application.port.in;

import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import java.util.List;

/** Measurements of a deployment and the engine's judgement of them, each audited as the named actor. */
public interface HealthChecks {

    void updateMetrics(String deploymentId, PerformanceMetrics metrics, String actor);

    void addHealthCheck(String deploymentId, HealthStatus status, PerformanceMetrics metrics, String message,
                        String actor);

    /** The health check and, in the same transaction, its metrics as the deployment's current metrics. */
    void addHealthCheckAndUpdateMetrics(String deploymentId, HealthStatus status, PerformanceMetrics metrics,
                                        String message, String actor);

    /**
     * Appends the checks, each with its own timestamp (e.g. an import), in one transaction with one
     * HEALTH_CHECK_RECORDED event; all of them or nothing.
     */
    void addHealthChecks(String deploymentId, List<HealthCheck> batch, String actor);

    /**
     * Streams the source's checks (e.g. an import) into the deployment's history in one transaction with
     * one HEALTH_CHECK_RECORDED event, each stored as it comes, so memory stays bounded whatever the
     * source's length; nothing when the source throws (its exception is rethrown as it is).
     *
     * @return how many checks were recorded
     */
    <E extends Exception> long addHealthChecks(String deploymentId, RecordSource<HealthCheck, E> source, String actor)
            throws E;

    /**
     * Evaluates IN_PROGRESS and ACTIVE deployments that have baseline and current metrics; when the
     * engine asks for it, rolls back with the joined reasons, triggered by "automated", and calls the
     * environment's rollback hook after the rollback is committed.
     */
    default RollbackDecision checkDeploymentHealth(String deploymentId, long requestCount) {
        return judgeDeploymentHealth(deploymentId, requestCount).decision();
    }

    /**
     * As {@link #checkDeploymentHealth}, with the deployment's progression settings enforced: each rule's mode
     * (rollback, pause, observe) and the failure limit. Without a baseline the absolute rules still run.
     */
    EnforcedVerdict judgeDeploymentHealth(String deploymentId, long requestCount);
}
