package io.bellwether.cli.metrics;

import io.bellwether.application.port.in.MetricsWatcher.Judgement;
import io.bellwether.application.service.Json;
import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RuleResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One judgement of {@code watch} as one JSON line: the deployment, the time, each metric's value (null when
 * none came back), the health status (null when nothing could be recorded), the decision, whether it rolled
 * back, and the message (for UNKNOWN: which metric, which query, what came back); then how the canary is held
 * ({@code hold}: paused or inconclusive, and {@code inconclusive}), the enforcement (none, rollback, pause,
 * tolerated), observed breaches, rules not evaluated for want of a baseline, and the automatic steps taken.
 */
final class JudgementLine {
    private JudgementLine() {
    }

    static String of(Judgement judgement) {
        return of(judgement, List.of());
    }

    /** With the automatic progression steps the round took for the deployment. */
    static String of(Judgement judgement, List<AutomatedStep> steps) {
        Map<String, Object> json = new TreeMap<>();
        json.put("deployment_id", judgement.deploymentId());
        json.put("model", judgement.model());
        json.put("at", judgement.at().toString());
        Map<String, Object> values = new TreeMap<>();
        judgement.values().forEach((metric, value) -> values.put(metric,
                value != null && Double.isFinite(value) ? value : null));
        json.put("values", values);
        json.put("status", judgement.status() == null ? null : judgement.status().value());
        json.put("decision", decision(judgement.decision()));
        json.put("rolled_back", judgement.rolledBack());
        json.put("message", judgement.message());
        json.put("hold", judgement.hold());
        json.put("inconclusive", "inconclusive".equals(judgement.hold()));
        EnforcedVerdict verdict = judgement.verdict();
        if (verdict != null) {
            json.put("enforcement", verdict.action().value());
            json.put("observed", verdict.observedBreaches().stream().map(RuleResult::rule).toList());
            json.put("not_evaluated", verdict.notEvaluated());
        }
        json.put("steps", steps.stream().filter(step -> step.deploymentId().equals(judgement.deploymentId()))
                .map(JudgementLine::step).toList());
        return Json.write("judgement", json);
    }

    private static Map<String, Object> step(AutomatedStep step) {
        Map<String, Object> json = new TreeMap<>();
        json.put("action", step.action());
        json.put("stage_number", step.stageNumber());
        json.put("reason", step.reason());
        json.put("failure", step.failure());
        return json;
    }

    /** rollback, continue, or why nothing was judged (not_judged: missing data, not_enough_requests…). */
    private static String decision(RollbackDecision decision) {
        if (decision == null) {
            return "not_judged";
        }
        if (decision.rollback()) {
            return "rollback";
        }
        return decision.skipped() == RollbackDecision.Skipped.NONE ? "continue"
                : decision.skipped().name().toLowerCase(Locale.ROOT);
    }
}
