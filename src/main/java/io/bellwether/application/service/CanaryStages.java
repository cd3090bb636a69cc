package io.bellwether.application.service;

import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.util.Map;

/**
 * An IN_PROGRESS canary's stage (after its traffic hook) and pause state, each change audited as
 * CANARY_STAGE_CHANGED with the 1-based {@code stage_number} a person reads.
 */
record CanaryStages(WorkspaceStore store, AuditChain audit, TrafficSteps traffic) {
    static final String CURRENT_TRAFFIC = "current_traffic";
    static final String PAUSED = "paused";
    static final String STAGE_NUMBER = "stage_number";
    /** When the current stage began (ISO-8601); before the first stage change the deployment's start. */
    static final String STAGE_STARTED_AT = "stage_started_at";
    /** When an operator last resumed the canary (ISO-8601): checks before it no longer count towards a pause. */
    static final String RESUMED_AT = "resumed_at";

    private static void validate(int stageIndex, double trafficShare, String operator) {
        if (stageIndex < 0) {
            throw new InvalidInputException("stage_index", stageIndex, "must not be negative");
        }
        Checks.finite("traffic_share", trafficShare);
        if (trafficShare <= 0 || trafficShare > 1) {
            throw new InvalidInputException("traffic_share", trafficShare, "must be greater than 0 and at most 1");
        }
        Checks.name("operator", operator);
    }

    /** Calls the stage-change hook first; the stage is stored only when it succeeded. */
    void setStage(String deploymentId, int stageIndex, double trafficShare, String operator) {
        setStage(deploymentId, stageIndex, trafficShare, operator, Map.of());
    }

    /** As {@link #setStage(String, int, double, String)}, with {@code extraDetails} in its audit event. */
    void setStage(String deploymentId, int stageIndex, double trafficShare, String operator,
                  Map<String, Object> extraDetails) {
        validate(stageIndex, trafficShare, operator);
        traffic.serialised(deploymentId, () -> {
            Deployment d = store.read(tx -> Rows.deployment(tx, deploymentId));
            Rows.requireInProgress(d, "change the canary stage of");
            traffic.beforeChange(d, traffic.event(TrafficAction.STAGE_CHANGE, d, trafficShare, stageIndex + 1, operator));
            return store(deploymentId, stageIndex, trafficShare, operator, extraDetails);
        });
    }

    private Void store(String deploymentId, int stageIndex, double trafficShare, String operator,
                       Map<String, Object> extraDetails) {
        return store.write(tx -> {
            Deployment d = Rows.inProgressDeployment(tx, deploymentId, "change the canary stage of");
            tx.deployments().update(DeploymentChange.of(d).metadata(TrafficSteps.CURRENT_STAGE, stageIndex)
                    .metadata(CURRENT_TRAFFIC, trafficShare).metadata(STAGE_STARTED_AT, audit.now().toString())
                    .build());
            Map<String, Object> details = Rows.details(STAGE_NUMBER, stageIndex + 1, "traffic", trafficShare);
            details.put("previous_" + STAGE_NUMBER, stageNumber(d));
            details.put("previous_traffic", d.metadata().get(CURRENT_TRAFFIC));
            details.put(TrafficSteps.TRAFFIC_CONTROLLER, traffic.note(tx, d));
            details.putAll(extraDetails);
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                    deploymentId, "set_stage", details);
            return null;
        });
    }

    /** Completion moves a canary to its last stage at full traffic, recorded in the completion's own event. */
    static void atLastStage(Deployment d, DeploymentChange change, Map<String, Object> details) {
        int last = CanarySchedule.fromMetadata(d.metadata()).size() - 1;
        change.metadata(TrafficSteps.CURRENT_STAGE, last).metadata(CURRENT_TRAFFIC, 1.0).metadata(PAUSED, false);
        details.put(STAGE_NUMBER, last + 1);
        details.put("traffic", 1.0);
    }

    /** The 1-based stage a person reads (the metadata keeps the 0-based index), or null before the first. */
    static Integer stageNumber(Deployment d) {
        return d.metadata().get(TrafficSteps.CURRENT_STAGE) instanceof Number index ? index.intValue() + 1 : null;
    }

    void setPaused(String deploymentId, boolean paused, String operator) {
        Checks.name("operator", operator);
        store.write(tx -> {
            Deployment d = Rows.inProgressDeployment(tx, deploymentId, paused ? "pause" : "resume");
            DeploymentChange change = DeploymentChange.of(d).metadata(PAUSED, paused);
            if (!paused) {
                change.metadata(RESUMED_AT, audit.now().toString()).withoutMetadata(Enforcement.PAUSE_REASON)
                        .withoutMetadata(Enforcement.INCONCLUSIVE);
            }
            tx.deployments().update(change.build());
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, paused ? EventSeverity.WARNING : EventSeverity.INFO,
                    operator, Rows.DEPLOYMENT, deploymentId, paused ? "pause" : "resume",
                    Rows.details(PAUSED, paused, STAGE_NUMBER, stageNumber(d)));
            return null;
        });
    }

    static boolean isPaused(Deployment d) {
        Object paused = d.metadata().get(PAUSED);
        return Boolean.TRUE.equals(paused) || "true".equals(String.valueOf(paused));
    }
}
