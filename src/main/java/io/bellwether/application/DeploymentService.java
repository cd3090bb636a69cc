package io.bellwether.application;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.time.Instant;
import java.util.List;

/**
 * Every operation of the guide's DeploymentManager. Each state change is one transaction that
 * also writes its audit event. Unknown ids raise {@link NotFoundException}; refused lifecycle
 * transitions raise {@link io.bellwether.domain.IllegalTransitionException} and write nothing.
 */
public interface DeploymentService {

    Deployment createDeployment(DeploymentRequest request);

    /** Starts as the OS user; see {@link #startDeployment(String, String)}. */
    default void startDeployment(String deploymentId) {
        startDeployment(deploymentId, Operators.systemUser());
    }

    void startDeployment(String deploymentId, String operator);

    /** Completes as the OS user; see {@link #completeDeployment(String, String)}. */
    default void completeDeployment(String deploymentId) {
        completeDeployment(deploymentId, Operators.systemUser());
    }

    void completeDeployment(String deploymentId, String operator);

    void failDeployment(String deploymentId, String reason);

    void cancelDeployment(String deploymentId, String reason, String user);

    /** Rollback as the guide's; a reason starting with "EMERGENCY" is audited as CRITICAL. */
    void rollbackDeployment(String deploymentId, String reason, String triggeredBy);

    /** An operator's rollback from the console or command line: always audited as CRITICAL. */
    void emergencyRollback(String deploymentId, String reason, String operator);

    void updateMetrics(String deploymentId, PerformanceMetrics metrics);

    void addHealthCheck(String deploymentId, HealthStatus status, PerformanceMetrics metrics, String message);

    /**
     * Appends the checks, each with its own timestamp (e.g. an import), in one transaction with one
     * HEALTH_CHECK_RECORDED event; all of them or nothing.
     */
    void addHealthChecks(String deploymentId, List<HealthCheck> batch);

    /**
     * Evaluates IN_PROGRESS and ACTIVE deployments that have baseline and current metrics; when the
     * engine asks for it, rolls back with the joined reasons, triggered by "automated".
     */
    RollbackDecision checkDeploymentHealth(String deploymentId, long requestCount);

    /**
     * Moves a live canary to stage {@code stageIndex} (0-based) of its schedule with the given
     * traffic share (0..1]; stored in the deployment and audited as CANARY_STAGE_CHANGED.
     */
    void setCanaryStage(String deploymentId, int stageIndex, double trafficShare, String operator);

    /** Pauses or resumes a live canary's schedule; stored and audited. */
    void setCanaryPaused(String deploymentId, boolean paused, String operator);

    ShadowDeployment shadowDeploy(String primaryModel, String shadowModel, double trafficPercentage);

    void recordShadowComparison(String shadowId, Object primaryResult, Object shadowResult,
                                double primaryLatency, double shadowLatency, boolean agreement);

    /** Records the whole batch in one transaction, or nothing. */
    void recordShadowComparisons(String shadowId, List<ShadowComparison> batch);

    ShadowReport compareShadowDeployment(String shadowId);

    Deployment getDeployment(String deploymentId);

    ShadowDeployment getShadowDeployment(String shadowId);

    /** Newest first; null filters match everything. */
    List<Deployment> listDeployments(DeploymentStatus statusOrNull, String environmentOrNull);

    List<ShadowDeployment> listShadowDeployments();

    /** Oldest first; null bounds are open. */
    List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull);

    /** Oldest first; null bounds are open. */
    List<ShadowComparison> shadowComparisons(String shadowId, Instant fromOrNull, Instant toOrNull);

    long shadowComparisonCount(String shadowId);

    /** Every comparison as primitive columns, oldest first (what the charts read for a million rows). */
    ShadowComparisonColumns shadowComparisonColumns(String shadowId);
}
