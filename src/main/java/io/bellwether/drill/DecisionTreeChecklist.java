package io.bellwether.drill;

import io.bellwether.domain.PyFormat;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleResult;
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
                item(ERROR_RATE, windows, rule -> rule.startsWith("error_rate"),
                        RollbackPolicy.ERROR_RATE_THRESHOLD::equals, "error rate"),
                item(LATENCY, windows, DecisionTreeChecklist::isLatency, DecisionTreeChecklist::isLatency,
                        "latency ratio to baseline"),
                item(BUSINESS, windows, rule -> rule.startsWith(RollbackPolicy.CUSTOM_PREFIX),
                        rule -> rule.startsWith(RollbackPolicy.CUSTOM_PREFIX), "custom metric"),
                new ChecklistItem(COMPLAINTS, ChecklistItem.Answer.NOT_MEASURED,
                        "The drill simulates no user feedback channel", null));
    }

    private static boolean isLatency(String rule) {
        return rule.equals(RollbackPolicy.LATENCY_P95) || rule.equals(RollbackPolicy.LATENCY_P99);
    }

    /**
     * YES from the first window in which a rule of the question fired (its reason is the evidence);
     * otherwise NO with the highest value of the evidence rules; NOT_MEASURED when no window ran them.
     */
    private static ChecklistItem item(String question, List<WindowResult> windows, Predicate<String> rules,
                                      Predicate<String> evidenceRules, String what) {
        int judged = 0;
        RuleResult highest = null;
        for (WindowResult window : windows) {
            if (window.decision() == null) {
                continue;
            }
            List<RuleResult> matching = window.decision().rules().stream().filter(r -> rules.test(r.rule())).toList();
            if (matching.isEmpty()) {
                continue;
            }
            judged++;
            for (RuleResult rule : matching) {
                if (rule.triggered()) {
                    return new ChecklistItem(question, ChecklistItem.Answer.YES,
                            rule.reason() == null ? rule.rule() : rule.reason(), window.to());
                }
                if (evidenceRules.test(rule.rule()) && (highest == null || rule.measured() > highest.measured())) {
                    highest = rule;
                }
            }
        }
        if (judged == 0) {
            return new ChecklistItem(question, ChecklistItem.Answer.NOT_MEASURED,
                    "No window judged a " + what + " rule", null);
        }
        String evidence = highest == null ? "" : "Highest " + what + " " + shown(highest.measured()) + " ("
                + highest.rule() + " threshold " + shown(highest.threshold()) + "), ";
        return new ChecklistItem(question, ChecklistItem.Answer.NO, evidence + judged + " windows judged", null);
    }

    private static String shown(double value) {
        return Double.isNaN(value) ? "missing" : PyFormat.fixed(value, 4);
    }
}
