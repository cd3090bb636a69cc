package io.bellwether.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs a {@link RuleSet} over a deployment's stored health checks, oldest first, with the live path's own
 * {@link EnforcedVerdict#judge}: failed checks count towards the failure limit from the first check, and on a
 * canary {@code unknown_limit} consecutive UNKNOWN checks pause it as inconclusive. A check recorded UNKNOWN or
 * stored without metrics stays UNKNOWN (request counts are not stored with the checks, so every other check is
 * judged as having enough requests). After the replayed rollback the deployment would be gone: later checks
 * get their verdict but no action. A recorded rollback or pause is put on the last check at most a second after
 * it; the live path records the check that caused it right after acting. A {@link ReplayWindow} replays part of
 * the history: its first check starts the counts, and a recorded moment marks none of its checks when the check
 * it belongs to is stored after the window.
 */
public final class Replay {
    public static final Duration RECORDED_SLACK = Duration.ofSeconds(1);

    private final Deployment deployment;
    private final RuleSet rules;

    private Replay(Deployment deployment, RuleSet rules) {
        this.deployment = deployment;
        this.rules = rules;
        this.canary = deployment.strategy() == DeploymentStrategy.CANARY;
    }

    private final boolean canary;
    private final List<ReplayedCheck> replayed = new ArrayList<>();
    /** Failed checks so far, towards the failure limit, and the UNKNOWN checks in a row. */
    private int failed;
    private int unknowns;
    /** When the replayed rules first roll back and first pause; null until they do. */
    private Instant rollback;
    private Instant pause;

    /**
     * {@code history}: the window's checks, oldest first; {@code markedAfter}: whether the check a recorded moment
     * belongs to is stored after the window.
     */
    public static ReplayResult run(Deployment deployment, List<HealthCheck> history, List<Instant> recordedPauses,
                                   RuleSet rules, ReplayWindow window, Predicate<Instant> markedAfter) {
        int rolledBackAt = attributed(history, deployment.rolledBackAt(), markedAfter);
        List<Integer> pausedAt = recordedPauses.stream().map(at -> attributed(history, at, markedAfter)).toList();
        Replay replay = new Replay(deployment, rules);
        for (int i = 0; i < history.size(); i++) {
            replay.next(history.get(i), i == rolledBackAt ? EnforcedVerdict.Action.ROLLBACK
                    : pausedAt.contains(i) ? EnforcedVerdict.Action.PAUSE : EnforcedVerdict.Action.NONE);
        }
        Instant recordedPause = recordedPauses.stream().min(Instant::compareTo).orElse(null);
        return new ReplayResult(deployment.deploymentId(), deployment.modelRef(), rules, window, replay.replayed,
                new ReplayResult.Moments(deployment.rolledBackAt(), replay.rollback),
                new ReplayResult.Moments(recordedPause, replay.pause));
    }

    private void next(HealthCheck check, EnforcedVerdict.Action recordedAction) {
        boolean judged = check.status() != HealthStatus.UNKNOWN && !check.metrics().equals(PerformanceMetrics.EMPTY);
        EnforcedVerdict verdict = judged ? EnforcedVerdict.judge(deployment.baselineMetrics(), check.metrics(),
                rules.config(), rules.config().minRequestsBeforeCheck(), rules.settings(), failed) : null;
        HealthStatus status = HealthStatus.UNKNOWN;
        EnforcedVerdict.Action action = EnforcedVerdict.Action.NONE;
        String message;
        if (verdict != null && verdict.engine().skipped() == RollbackDecision.Skipped.NONE) {
            failed = verdict.failedChecks();
            unknowns = 0;
            status = verdict.healthStatus();
            action = verdict.action();
            message = verdict.healthMessage();
        } else {
            unknowns++;
            int limit = rules.settings().unknownLimit();
            boolean inconclusive = canary && limit > 0 && unknowns == limit;
            action = inconclusive ? EnforcedVerdict.Action.PAUSE : action;
            message = inconclusive ? "Inconclusive: " + unknowns + " consecutive UNKNOWN checks (limit " + limit + ")"
                    : verdict != null ? verdict.healthMessage() : check.status() == HealthStatus.UNKNOWN
                    ? "Not judged: recorded UNKNOWN" : "Not judged: no metrics stored";
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

    /** The index of the last check at most {@link #RECORDED_SLACK} after {@code moment}; -1 for none. */
    private static int attributed(List<HealthCheck> history, Instant moment, Predicate<Instant> markedAfter) {
        if (moment == null || markedAfter.test(moment)) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < history.size(); i++) {
            if (!history.get(i).timestamp().isAfter(moment.plus(RECORDED_SLACK))) {
                found = i;
            }
        }
        return found;
    }
}
