package io.bellwether.drill;

import io.bellwether.domain.PyFormat;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleResult;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Answers the guide's Rollback Decision Tree from the engine's rule results of every judged window:
 * error rate, latency, business (custom) metrics; user complaints are never simulated, so "not measured".
 */
public final class DecisionTreeChecklist {
    public static final String ERROR_RATE = "Is error rate > threshold?";
    public static final String LATENCY = "Is latency > threshold?";
    public static final String BUSINESS = "Is business metric degraded?";
    public static final String COMPLAINTS = "User complaints increasing?";

    private DecisionTreeChecklist() {
    }

    public static List<ChecklistItem> answer(List<WindowResult> windows) {
        return List.of(
                item(ERROR_RATE, windows, rule -> rule.startsWith("error_rate"), "error rate"),
                item(LATENCY, windows, rule -> rule.equals(RollbackPolicy.LATENCY_P95)
                        || rule.equals(RollbackPolicy.LATENCY_P99), "latency ratio to baseline"),
                item(BUSINESS, windows, rule -> rule.startsWith(RollbackPolicy.CUSTOM_PREFIX), "custom metric"),
                new ChecklistItem(COMPLAINTS, ChecklistItem.Answer.NOT_MEASURED,
                        "The drill simulates no user feedback channel", null));
    }

    private static ChecklistItem item(String question, List<WindowResult> windows, Predicate<String> ruleFilter,
                                      String what) {
        int judged = 0;
        RuleResult worst = null;
        Instant firstYes = null;
        for (WindowResult window : windows) {
            if (window.decision() == null) {
                continue;
            }
            for (RuleResult rule : window.decision().rules()) {
                if (!ruleFilter.test(rule.rule())) {
                    continue;
                }
                judged++;
                if (rule.triggered() && firstYes == null) {
                    firstYes = window.to();
                    worst = rule;
                } else if (firstYes == null && (worst == null || rule.measured() > worst.measured())) {
                    worst = rule;
                }
            }
        }
        if (judged == 0) {
            return new ChecklistItem(question, ChecklistItem.Answer.NOT_MEASURED,
                    "No window judged a " + what + " rule", null);
        }
        if (firstYes != null) {
            return new ChecklistItem(question, ChecklistItem.Answer.YES,
                    worst.reason() == null ? worst.rule() : worst.reason(), firstYes);
        }
        return new ChecklistItem(question, ChecklistItem.Answer.NO, "Highest " + what + " " + shown(worst.measured())
                + " (" + worst.rule() + " threshold " + shown(worst.threshold()) + ") over " + judged + " judgements",
                null);
    }

    private static String shown(double value) {
        return Double.isNaN(value) ? "missing" : PyFormat.fixed(value, 4);
    }
}
