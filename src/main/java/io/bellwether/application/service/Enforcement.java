package io.bellwether.application.service;

import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RuleResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation of a live deployment, acted on inside the caller's transaction as its settings say: a
 * rollback, a pause (an IN_PROGRESS canary held for a human, audited as CANARY_STAGE_CHANGED by
 * "automated"), a failure tolerated within the failure limit (counted in metadata {@value #FAILED_CHECKS})
 * or only an evaluation. Observed breaches and rules not evaluated for want of a baseline go in the event.
 */
record Enforcement(AuditChain audit, Rollbacks rollbacks, LastEvaluations lastEvaluations) {
    static final String FAILED_CHECKS = "failed_checks";
    static final String PAUSE_REASON = "pause_reason";
    static final String INCONCLUSIVE = "inconclusive";

    /** The verdict on {@code d}'s stored metrics; NOT_EVALUATED when it is not live or has no current metrics. */
    static EnforcedVerdict verdict(Deployment d, long requestCount) {
        ProgressionSettings settings = ProgressionSettings.fromMetadata(d.metadata());
        if (!d.status().isLive() || d.currentMetrics() == null) {
            return EnforcedVerdict.enforce(RollbackDecision.skipped(RollbackDecision.Skipped.NOT_EVALUATED), settings,
                    List.of(), 0);
        }
        return EnforcedVerdict.judge(d.baselineMetrics(), d.currentMetrics(), d.rollbackConfig(), requestCount,
                settings, failedChecks(d));
    }

    EnforcedVerdict judge(StoreTransaction tx, Deployment d, long requestCount) {
        EnforcedVerdict verdict = verdict(d, requestCount);
        if (verdict.engine().skipped() != RollbackDecision.Skipped.NONE) {
            return verdict;
        }
        String id = d.deploymentId();
        Map<String, Object> evaluation = Rows.details("request_count", requestCount, "rules", verdict.engine().rules());
        if (!verdict.observedBreaches().isEmpty()) {
            evaluation.put("observed", ruleIds(verdict.observedBreaches()));
        }
        if (!verdict.notEvaluated().isEmpty()) {
            Map<String, Object> missing = new LinkedHashMap<>();
            verdict.notEvaluated().forEach(rule -> missing.put(rule, EnforcedVerdict.NO_BASELINE));
            evaluation.put("not_evaluated", missing);
        }
        if (verdict.action() != EnforcedVerdict.Action.NONE && verdict.action() != EnforcedVerdict.Action.ROLLBACK) {
            evaluation.put("enforcement", verdict.action().value());
            evaluation.put(FAILED_CHECKS, verdict.failedChecks());
            evaluation.put("failure_limit", verdict.failureLimit());
        }
        switch (verdict.action()) {
            case ROLLBACK -> rollbacks.write(tx, d, String.join("; ", verdict.decision().reasons()), Rollbacks.AUTOMATED,
                    EventSeverity.ERROR, "automated_rollback", evaluation);
            case PAUSE -> pause(tx, d, verdict, evaluation);
            case TOLERATED -> {
                tx.deployments().update(DeploymentChange.of(d).metadata(FAILED_CHECKS, verdict.failedChecks()).build());
                evaluated(tx, id, EventSeverity.WARNING, evaluation);
            }
            case NONE -> {
                if (!lastEvaluations.unchanged(id, verdict.engine().rules())) {
                    evaluated(tx, id, EventSeverity.INFO, evaluation);
                }
            }
        }
        return verdict;
    }

    /** Holds an IN_PROGRESS canary that is not held yet; anything else only records that a human is needed. */
    private void pause(StoreTransaction tx, Deployment d, EnforcedVerdict verdict, Map<String, Object> evaluation) {
        DeploymentChange change = DeploymentChange.of(d).metadata(FAILED_CHECKS, verdict.failedChecks());
        if (d.status() != DeploymentStatus.IN_PROGRESS || CanaryStages.isPaused(d)) {
            tx.deployments().update(change.build());
            evaluation.put("needs_human", true);
            evaluated(tx, d.deploymentId(), EventSeverity.WARNING, evaluation);
            return;
        }
        String reason = String.join("; ", verdict.pauseBreaches().stream().map(RuleResult::reason).toList());
        tx.deployments().update(change.metadata(CanaryStages.PAUSED, true).metadata(PAUSE_REASON, reason).build());
        Map<String, Object> details = Rows.details(CanaryStages.PAUSED, true, CanaryStages.STAGE_NUMBER,
                CanaryStages.stageNumber(d), "reason", reason);
        details.putAll(evaluation);
        audit.append(tx, EventType.CANARY_STAGE_CHANGED, EventSeverity.WARNING, Rollbacks.AUTOMATED, Rows.DEPLOYMENT,
                d.deploymentId(), "pause", details);
    }

    private void evaluated(StoreTransaction tx, String id, EventSeverity severity, Map<String, Object> evaluation) {
        audit.append(tx, EventType.ROLLBACK_EVALUATED, severity, Rollbacks.AUTOMATED, Rows.DEPLOYMENT, id,
                "check_health", evaluation);
    }

    private static List<String> ruleIds(List<RuleResult> rules) {
        return rules.stream().map(RuleResult::rule).toList();
    }

    static int failedChecks(Deployment d) {
        return d.metadata().get(FAILED_CHECKS) instanceof Number n ? n.intValue() : 0;
    }
}
