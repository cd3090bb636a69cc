package io.bellwether.application.service;

import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PerformanceMetrics;

/**
 * Stores a measured baseline (the stable version's live metrics) as the deployment's baseline, with a
 * METRICS_UPDATED event holding the previous one, in one transaction.
 */
record LiveBaseline(WorkspaceStore store, AuditChain audit) {

    void update(String deploymentId, String stableVersion, PerformanceMetrics measured, String actor) {
        store.write(tx -> {
            Deployment d = Rows.deployment(tx, deploymentId);
            tx.deployments().update(DeploymentChange.of(d).baselineMetrics(measured).build());
            audit.append(tx, EventType.METRICS_UPDATED, EventSeverity.INFO, actor, Rows.DEPLOYMENT, deploymentId,
                    "update_live_baseline", Rows.details("stable_version", stableVersion, "baseline", measured,
                            "previous_baseline", d.baselineMetrics()));
            return null;
        });
    }
}
