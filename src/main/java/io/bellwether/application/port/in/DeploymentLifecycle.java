package io.bellwether.application.port.in;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RuleMode;
import java.util.List;

/**
 * The guide's lifecycle steps. Each state change is one transaction with its audit event, made as
 * the named actor. Start, canary stage change and complete call the environment's traffic
 * controller first and change nothing when it fails ({@link TrafficHookException}); rollbacks are
 * committed first and the controller called after, its failure stored and audited but never undoing
 * the rollback. Unknown ids raise {@link NotFoundException}; refused transitions raise
 * {@link io.bellwether.domain.IllegalTransitionException} and write nothing.
 */
public interface DeploymentLifecycle {

    Deployment createDeployment(DeploymentRequest request);

    /**
     * Creates the deployment and binds it to its Prometheus ({@code metricsBinding} for any id, stored for the
     * new one) in one transaction with both audit events: either both are stored or neither is.
     */
    Deployment createDeployment(DeploymentRequest request, MetricsBinding metricsBinding, String actor);

    void startDeployment(String deploymentId, String operator);

    void completeDeployment(String deploymentId, String operator);

    void failDeployment(String deploymentId, String reason, String operator);

    void cancelDeployment(String deploymentId, String reason, String user);

    /** Rollback as the guide's; a reason starting with "EMERGENCY" is audited as CRITICAL. */
    void rollbackDeployment(String deploymentId, String reason, String triggeredBy);

    /** An operator's rollback from the console or command line: always audited as CRITICAL. */
    void emergencyRollback(String deploymentId, String reason, String operator);

    /**
     * Moves a live canary to stage {@code stageIndex} (0-based) of its schedule with the given
     * traffic share (0..1]; stored in the deployment and audited as CANARY_STAGE_CHANGED.
     */
    void setCanaryStage(String deploymentId, int stageIndex, double trafficShare, String operator);

    /** Pauses or resumes a live canary's schedule; stored and audited. */
    void setCanaryPaused(String deploymentId, boolean paused, String operator);

    /**
     * Replaces the deployment's progression settings (automatic progression, healthy checks per stage, failure
     * and UNKNOWN limits, rule modes); audited as CONFIGURATION_CHANGED. A rule mode for a rule the deployment
     * does not have is refused naming {@code rule}; a final deployment is refused.
     */
    void setProgressionSettings(String deploymentId, ProgressionSettings settings, String operator);

    /** Sets one rule's mode ({@code error_rate_threshold} … or {@code custom:METRIC}); audited with the previous one. */
    void setRuleMode(String deploymentId, String rule, RuleMode mode, String operator);

    /**
     * Automatic progression of IN_PROGRESS canaries (all, or only {@code deploymentIdOrNull}) over their stored
     * checks: advances, completions and inconclusive pauses, each audited as done by "automated". A step that
     * could not be taken (a failed traffic hook) is returned with its failure and changes nothing.
     */
    List<AutomatedStep> progress(String deploymentIdOrNull);

    /**
     * Calls the rollback hook of a rolled-back deployment again, as {@code operator}, when its last
     * rollback call failed (or none was made). The call is stored and audited as a retry.
     *
     * @return the successful call
     * @throws TrafficHookException when it failed again
     */
    HookCall retryRollbackHook(String deploymentId, String operator);
}
