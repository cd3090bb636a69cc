package io.bellwether.ui.health;

import io.bellwether.domain.RuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the rule results the store keeps in a rollback's audit details, under "rules", as the
 * decision JSON: [{rule, measured, threshold, baseline (null when none), triggered, reason}].
 */
public final class RuleResultDetails {
    static final String RULES = "rules";

    private RuleResultDetails() {
    }

    /** Empty when the event carries no rule results (e.g. a manual rollback). */
    public static List<RuleResult> read(Map<String, Object> details) {
        Object raw = details.get(RULES);
        if (!(raw instanceof List<?> entries)) {
            return List.of();
        }
        List<RuleResult> rules = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> rule) {
                rules.add(new RuleResult(String.valueOf(rule.get("rule")), number(rule.get("measured")),
                        number(rule.get("threshold")), number(rule.get("baseline")),
                        Boolean.TRUE.equals(rule.get("triggered")) || "true".equals(String.valueOf(rule.get("triggered"))),
                        rule.get("reason") == null ? null : rule.get("reason").toString()));
            }
        }
        return rules;
    }

    private static double number(Object raw) {
        if (raw instanceof Number number) {
            return number.doubleValue();
        }
        if (raw instanceof String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
