package io.bellwether.application.service;

import io.bellwether.domain.RuleResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule results each deployment's last recorded evaluation had, so that an evaluation which
 * changes nothing (same verdict, same measured values and thresholds) is not audited again.
 */
final class LastEvaluations {
    private final Map<String, List<RuleResult>> recorded = new ConcurrentHashMap<>();

    boolean unchanged(String deploymentId, List<RuleResult> rules) {
        return rules.equals(recorded.get(deploymentId));
    }

    /** Called once the evaluation's event is committed. */
    void recorded(String deploymentId, List<RuleResult> rules) {
        recorded.put(deploymentId, List.copyOf(rules));
    }
}
