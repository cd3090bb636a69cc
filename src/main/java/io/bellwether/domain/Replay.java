package io.bellwether.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link RuleSet} over a deployment's stored health checks, oldest first, with the live path's own
 * {@link EnforcedVerdict#judge}: failed checks count towards the failure limit from the first check, and on a
 * canary {@code unknown_limit} consecutive UNKNOWN checks pause it as inconclusive. A check recorded UNKNOWN or
 * stored without metrics stays UNKNOWN (request counts are not stored with the checks, so every other check is
 * judged as having enough requests). After the replayed rollback the deployment would be gone: later checks
 * get their verdict but no action. A recorded rollback or pause is put on the last check at most a second after
 * it; the live path records the check that caused it right after acting.
 */
public final class Replay {
    static final Duration RECORDED_SLACK = Duration.ofSeconds(1);

    private Replay() {
    }

    public static ReplayResult run(Deployment deployment, List<HealthCheck> history, List<Instant> recordedPauses,
                                   RuleSet rules) {
        int rolledBackAt = attributed(history, deployment.rolledBackAt());
        List<Integer> pausedAt = recordedPauses.stream().map(at -> attributed(history, at)).toList();
        boolean canary = deployment.strategy() == DeploymentStrategy.CANARY;
        int unknownLimit = rules.settings().unknownLimit();
        List<ReplayedCheck> replayed = new ArrayList<>(history.size());
        int failed = 0;
        int unknowns = 0;
        Instant rollback = null;
        Instant pause = null;
        for (int i = 0; i < history.size(); i++) {
            HealthCheck check = history.get(i);
            EnforcedVerdict.Action recordedAction = i == rolledBackAt ? EnforcedVerdict.Action.ROLLBACK
                    : pausedAt.contains(i) ? EnforcedVerdict.Action.PAUSE : EnforcedVerdict.Action.NONE;
            EnforcedVerdict verdict = judged(check) ? EnforcedVerdict.judge(deployment.baselineMetrics(),
                    check.metrics(), rules.config(), rules.config().minRequestsBeforeCheck(), rules.settings(), failed)
                    : null;
            HealthStatus status;
            EnforcedVerdict.Action action;
            String message;
            if (verdict != null && verdict.engine().skipped() == RollbackDecision.Skipped.NONE) {
                failed = verdict.failedChecks();
                unknowns = 0;
                status = verdict.healthStatus();
                action = verdict.action();
                message = verdict.healthMessage();
            } else {
                unknowns++;
                status = HealthStatus.UNKNOWN;
                boolean inconclusive = canary && unknownLimit > 0 && unknowns == unknownLimit;
                action = inconclusive ? EnforcedVerdict.Action.PAUSE : EnforcedVerdict.Action.NONE;
                message = inconclusive ? "Inconclusive: " + unknowns + " consecutive UNKNOWN checks (limit "
                        + unknownLimit + ")" : verdict != null ? verdict.healthMessage()
                        : check.status() == HealthStatus.UNKNOWN ? "Not judged: recorded UNKNOWN"
                        : "Not judged: no metrics stored";
            }
            if (rollback != null) {
                action = EnforcedVerdict.Action.NONE;
                message = "After the replayed rollback: " + message;
            } else if (action == EnforcedVerdict.Action.ROLLBACK) {
                rollback = check.timestamp();
            } else if (action == EnforcedVerdict.Action.PAUSE && pause == null) {
                pause = check.timestamp();
            }
            replayed.add(new ReplayedCheck(check.timestamp(), check.status(), recordedAction, status, action, message));
        }
        Instant recordedPause = recordedPauses.stream().min(Instant::compareTo).orElse(null);
        return new ReplayResult(deployment.deploymentId(), deployment.modelRef(), rules, replayed,
                new ReplayResult.Moments(deployment.rolledBackAt(), rollback), new ReplayResult.Moments(recordedPause, pause));
    }

    private static boolean judged(HealthCheck check) {
        return check.status() != HealthStatus.UNKNOWN && !check.metrics().equals(PerformanceMetrics.EMPTY);
    }

    /** The index of the last check at most {@link #RECORDED_SLACK} after {@code moment}; -1 for none. */
    private static int attributed(List<HealthCheck> history, Instant moment) {
        int found = -1;
        if (moment == null) {
            return found;
        }
        for (int i = 0; i < history.size(); i++) {
            if (!history.get(i).timestamp().isAfter(moment.plus(RECORDED_SLACK))) {
                found = i;
            }
        }
        return found;
    }
}
