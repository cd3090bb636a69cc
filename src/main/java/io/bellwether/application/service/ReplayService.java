package io.bellwether.application.service;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.Replays;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.Replay;
import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.RuleSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@link Replays} over the queries and the audit trail: it only reads. A replay holds every check and its
 * replayed verdict at once, so a history longer than {@code mostReplayed} is refused, naming both counts,
 * rather than run out of memory (200,000 checks replay in about 7 s under the command launcher's 256 MB heap).
 */
record ReplayService(DeploymentQueries queries, AuditTrail audit, int mostReplayed) implements Replays {
    static final int MOST_REPLAYED = 200_000;

    ReplayService(DeploymentQueries queries, AuditTrail audit) {
        this(queries, audit, MOST_REPLAYED);
    }

    @Override
    public RuleSet currentRules(String deploymentId) {
        return RuleSet.of(queries.getDeployment(deploymentId));
    }

    @Override
    public ReplayResult replay(String deploymentId, RuleSet rules) {
        if (rules == null) {
            throw new IllegalArgumentException("a rule set is required");
        }
        Deployment deployment = queries.getDeployment(deploymentId);
        long stored = queries.healthCheckCount(deploymentId);
        if (stored == 0) {
            throw new IllegalStateException(deploymentId + " has no recorded health checks to replay");
        }
        if (stored > mostReplayed) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s has %,d recorded health checks:"
                    + " a replay holds at most %,d", deploymentId, stored, mostReplayed));
        }
        List<HealthCheck> history = queries.healthHistory(deploymentId, null, null);
        return Replay.run(deployment, history, recordedPauses(deploymentId), rules);
    }

    /** The moments the canary was paused: by a pause rule, as inconclusive or by an operator. */
    private List<Instant> recordedPauses(String deploymentId) {
        return audit.query(new AuditQuery(EventType.CANARY_STAGE_CHANGED, null, null, deploymentId, null, null))
                .stream().filter(event -> Boolean.TRUE.equals(event.details().get(CanaryStages.PAUSED)))
                .map(AuditEvent::timestamp).toList();
    }
}
