package io.bellwether.cli.metrics;

import io.bellwether.application.port.in.MetricsWatcher.Judgement;
import io.bellwether.application.service.Json;
import io.bellwether.domain.RollbackDecision;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One judgement of {@code watch} as one JSON line: the deployment, the time, each metric's value (null when
 * none came back), the health status (null when nothing could be recorded), the decision, whether it rolled
 * back, and the message (for UNKNOWN: which metric, which query, what came back).
 */
final class JudgementLine {
    private JudgementLine() {
    }

    static String of(Judgement judgement) {
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
        return Json.write("judgement", json);
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
