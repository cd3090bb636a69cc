package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RuleResult;

/**
 * {@code {"rollback": bool, "reasons": [...], "rules": [{rule, measured, threshold, baseline,
 * triggered, reason}]}}; NaN numbers (no baseline, a missing custom metric) are written as null.
 */
public final class RollbackDecisionJson {
    private RollbackDecisionJson() {
    }

    public static ObjectNode write(RollbackDecision decision) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put("rollback", decision.rollback());
        ArrayNode reasons = node.putArray("reasons");
        decision.reasons().forEach(reasons::add);
        ArrayNode rules = node.putArray("rules");
        for (RuleResult rule : decision.rules()) {
            ObjectNode r = rules.addObject();
            r.put("rule", rule.rule());
            putNumber(r, "measured", rule.measured());
            putNumber(r, "threshold", rule.threshold());
            putNumber(r, "baseline", rule.baseline());
            r.put("triggered", rule.triggered());
            r.put("reason", rule.reason());
        }
        return node;
    }

    static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
