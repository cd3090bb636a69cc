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
import io.bellwether.domain.ReplayWindow;
import io.bellwether.domain.RuleSet;
import io.bellwether.domain.StoredTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@link Replays} over the queries and the audit trail: it only reads. A replay holds every check and its
 * replayed verdict at once, so a history longer than {@code mostReplayed} is refused, naming both counts,
 * rather than run out of memory (200,000 checks replay in about 7 s under the command launcher's 256 MB heap);
 * a window of a longer history replays when it holds no more.
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
    public ReplayResult replay(String deploymentId, RuleSet rules, ReplayWindow window) {
        if (rules == null || window == null) {
            throw new IllegalArgumentException("a rule set and a window are required");
        }
        Deployment deployment = queries.getDeployment(deploymentId);
        if (window.whole()) {
            long stored = queries.healthCheckCount(deploymentId);
            if (stored > mostReplayed) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s has %,d recorded health checks:"
                        + " a replay holds at most %,d; replay a window of them", deploymentId, stored, mostReplayed));
            }
        }
        List<HealthCheck> history = queries.latestHealthChecks(deploymentId, window.fromOrNull(), window.toOrNull(),
                mostReplayed + 1);
        if (history.isEmpty()) {
            throw new IllegalStateException(deploymentId + " has no recorded health checks"
                    + window.describe(Instant::toString) + " to replay");
        }
        if (history.size() > mostReplayed) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s has more than %,d of its %,d recorded health"
                    + " checks%s: a replay holds at most %,d; replay a shorter window", deploymentId, mostReplayed,
                    queries.healthCheckCount(deploymentId), window.describe(Instant::toString), mostReplayed));
        }
        return Replay.run(deployment, history, recordedPauses(deploymentId), rules, window,
                moment -> markedAfter(deploymentId, window, moment));
    }

    /** Whether a check stored after the window and at most the recorded slack after {@code moment} exists. */
    private boolean markedAfter(String deploymentId, ReplayWindow window, Instant moment) {
        return window.mayMarkAfter(moment) && !queries.latestHealthChecks(deploymentId,
                StoredTime.firstAfter(window.toOrNull()), moment.plus(Replay.RECORDED_SLACK), 1).isEmpty();
    }

    /** The moments the canary was paused: by a pause rule, as inconclusive or by an operator. */
    private List<Instant> recordedPauses(String deploymentId) {
        return audit.query(new AuditQuery(EventType.CANARY_STAGE_CHANGED, null, null, deploymentId, null, null))
                .stream().filter(event -> Boolean.TRUE.equals(event.details().get(CanaryStages.PAUSED)))
                .map(AuditEvent::timestamp).toList();
    }
}
