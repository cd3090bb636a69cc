package io.bellwether.application.service;

import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.util.Map;

/** Stores a live canary's stage and pause state, each change audited as CANARY_STAGE_CHANGED. */
final class CanaryStages {
    static final String CURRENT_TRAFFIC = "current_traffic";
    static final String PAUSED = "paused";

    private final WorkspaceStore store;
    private final AuditChain audit;

    CanaryStages(WorkspaceStore store, AuditChain audit) {
        this.store = store;
        this.audit = audit;
    }

    static void validate(int stageIndex, double trafficShare, String operator) {
        if (stageIndex < 0) {
            throw new InvalidInputException("stage_index", stageIndex, "must not be negative");
        }
        Checks.finite("traffic_share", trafficShare);
        if (trafficShare <= 0 || trafficShare > 1) {
            throw new InvalidInputException("traffic_share", trafficShare, "must be greater than 0 and at most 1");
        }
        Checks.name("operator", operator);
    }

    void setStage(String deploymentId, int stageIndex, double trafficShare, String operator) {
        validate(stageIndex, trafficShare, operator);
        store.write(tx -> {
            Deployment d = Rows.liveDeployment(tx, deploymentId, "change the canary stage of");
            tx.deployments().update(DeploymentChange.of(d).metadata(TrafficSteps.CURRENT_STAGE, stageIndex)
                    .metadata(CURRENT_TRAFFIC, trafficShare).build());
            Map<String, Object> details = Rows.details("stage", stageIndex, "traffic", trafficShare);
            details.put("previous_stage", d.metadata().get(TrafficSteps.CURRENT_STAGE));
            details.put("previous_traffic", d.metadata().get(CURRENT_TRAFFIC));
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                    deploymentId, "set_stage", details);
            return null;
        });
    }

    void setPaused(String deploymentId, boolean paused, String operator) {
        Checks.name("operator", operator);
        store.write(tx -> {
            Deployment d = Rows.liveDeployment(tx, deploymentId, paused ? "pause" : "resume");
            tx.deployments().update(DeploymentChange.of(d).metadata(PAUSED, paused).build());
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, paused ? EventSeverity.WARNING : EventSeverity.INFO,
                    operator, Rows.DEPLOYMENT, deploymentId, paused ? "pause" : "resume",
                    Rows.details(PAUSED, paused, "stage", d.metadata().get(TrafficSteps.CURRENT_STAGE)));
            return null;
        });
    }
}
